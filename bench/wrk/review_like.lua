-- PUT /api/reviews/{id}/like: a random signed-in user likes a random review (ids 1..BENCH_REVIEWS).
-- The endpoint comes with the reactions module (branch reactions); before it, every request is a 404.
package.path = (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
local tokens
local reviews = tonumber(os.getenv("BENCH_REVIEWS") or "1")
setup = c.setup
init = function(args) c.init(); tokens = c.load_tokens() end
request = function()
  return wrk.format("PUT", "/api/reviews/" .. math.random(reviews) .. "/like", {
    Authorization = "Bearer " .. tokens[math.random(#tokens)] })
end
done = c.done
