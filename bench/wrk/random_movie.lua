-- GET /api/movies/{id} for a uniformly random id of the catalog.
package.path = (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
setup = c.setup
init = function(args) c.init() end
request = function()
  return wrk.format("GET", "/api/movies/" .. math.random(1, c.movies))
end
done = c.done
