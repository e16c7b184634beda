-- wrk's URL path as a random one of many signed-in users (BENCH_TOKENS), or, with
-- BENCH_FIRST_TOKEN=1, always as u000001 (the load's heavy diarist).
package.path = (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
local tokens
local first = os.getenv("BENCH_FIRST_TOKEN") == "1"
setup = c.setup
init = function(args) c.init(); tokens = c.load_tokens() end
request = function()
  local token = first and tokens[1] or tokens[math.random(#tokens)]
  return wrk.format("GET", nil, { Authorization = "Bearer " .. token })
end
done = c.done
