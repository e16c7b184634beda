-- GET /api/favorites/movies as a random one of many signed-in users.
package.path = (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
local tokens
setup = c.setup
init = function(args) c.init(); tokens = c.load_tokens() end
request = function()
  return wrk.format("GET", "/api/favorites/movies", { Authorization = "Bearer " .. tokens[math.random(#tokens)] })
end
done = c.done
