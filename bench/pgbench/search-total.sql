-- X-Total-Count of q=ab, what every search request paid before the total was reused
SELECT count(*) FROM titles WHERE kind = 'movie' AND search_text LIKE '%' || search_normalize('ab') || '%';
