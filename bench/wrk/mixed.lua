-- The mixed workload: 85 % reads of every kind, 15 % writes (ratings, reviews, favorites), by many
-- users. Weights are per 100 requests; bench/LoadGen.java uses the same table for fixed-rate runs.
package.path = (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
local tokens
local words = { "ab", "dark", "the", "river", "night", "king", "star", "love", "city", "war" }
setup = c.setup
init = function(args) c.init(); tokens = c.load_tokens() end

local function auth(headers)
  headers = headers or {}
  headers.Authorization = "Bearer " .. tokens[math.random(#tokens)]
  return headers
end
local function movie() return math.random(1, c.movies) end

request = function()
  local r = math.random(100)
  if r <= 12 then return wrk.format("GET", "/api/movies?page=" .. math.random(1, 5))                  -- list
  elseif r <= 22 then return wrk.format("GET", "/api/movies?q=" .. words[math.random(#words)])         -- search
  elseif r <= 30 then return wrk.format("GET", "/api/movies/1")                                         -- hot detail
  elseif r <= 55 then return wrk.format("GET", "/api/movies/" .. movie())                               -- detail
  elseif r <= 65 then return wrk.format("GET", "/api/movies/" .. (math.random(2) == 1 and 1 or movie()) .. "/reviews")
  elseif r <= 75 then return wrk.format("GET", "/api/favorites/movies", auth())                         -- favorites
  elseif r <= 80 then return wrk.format("GET", "/api/me/ratings", auth())                               -- own ratings
  elseif r <= 85 then return wrk.format("GET", "/api/tv?page=" .. math.random(1, 3))                    -- tv list
  elseif r <= 93 then                                                                                   -- rate
    return wrk.format("POST", "/api/ratings", auth({ ["Content-Type"] = "application/json" }),
      string.format('{"movie_id": %d, "rating_val": %.1f}', movie(), math.random(1, 20) / 2))
  elseif r <= 96 then                                                                                   -- review
    return wrk.format("POST", "/api/reviews", auth({ ["Content-Type"] = "application/json" }),
      string.format('{"movie_id": %d, "body": "Benchmark review %d: solid, if forgettable."}', movie(), math.random(1e6)))
  elseif r <= 98 then return wrk.format("POST", "/api/favorites/movies/" .. movie(), auth())          -- favorite
  else return wrk.format("DELETE", "/api/favorites/movies/" .. movie(), auth())                         -- unfavorite
  end
end
done = c.done
