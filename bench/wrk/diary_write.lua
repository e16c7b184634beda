-- POST /api/diary: a random user logs a random movie on a random day of 2021..2026, a third of the
-- viewings with a rating (which also becomes the current rating), all leaving the watchlist.
package.path = (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
local tokens
setup = c.setup
init = function(args) c.init(); tokens = c.load_tokens() end
request = function()
  local id = math.random(10) == 1 and math.random(1, 100) or math.random(1, c.movies)
  local day = string.format("20%02d-%02d-%02d", math.random(21, 25), math.random(1, 12), math.random(1, 28))
  local body
  if math.random(3) == 1 then
    body = string.format('{"movie_id": %d, "watched_on": "%s", "rating_val": %.1f}', id, day, math.random(1, 20) / 2)
  else
    body = string.format('{"movie_id": %d, "watched_on": "%s"}', id, day)
  end
  return wrk.format("POST", "/api/diary", {
    Authorization = "Bearer " .. tokens[math.random(#tokens)],
    ["Content-Type"] = "application/json" }, body)
end
done = c.done
