-- A fixed path (wrk's URL) with the RESULT line.
package.path = (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
setup = c.setup
init = function(args) c.init() end
done = c.done
