-- POST /api/ratings: a random user rates a random movie (10 % among the 100 most-rated ids, whose
-- rating_stats rows are then contended) with a random value on the 0.5 steps.
package.path = (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
local tokens
setup = c.setup
init = function(args) c.init(); tokens = c.load_tokens() end
request = function()
  local id = math.random(10) == 1 and math.random(1, 100) or math.random(1, c.movies)
  local body = string.format('{"movie_id": %d, "rating_val": %.1f}', id, math.random(1, 20) / 2)
  return wrk.format("POST", "/api/ratings", {
    Authorization = "Bearer " .. tokens[math.random(#tokens)],
    ["Content-Type"] = "application/json" }, body)
end
done = c.done
