-- POST /api/reviews/{id}/comments: a random signed-in user comments on a random review (ids
-- 1..BENCH_REVIEWS). The endpoint comes with the reactions module (branch reactions).
package.path = (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
local tokens
local reviews = tonumber(os.getenv("BENCH_REVIEWS") or "1")
setup = c.setup
init = function(args) c.init(); tokens = c.load_tokens() end
request = function()
  local body = string.format('{"body": "Bench comment %d."}', math.random(1000000))
  return wrk.format("POST", "/api/reviews/" .. math.random(reviews) .. "/comments", {
    Authorization = "Bearer " .. tokens[math.random(#tokens)],
    ["Content-Type"] = "application/json" }, body)
end
done = c.done
