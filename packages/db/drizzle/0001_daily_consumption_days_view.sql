-- Row-per-day shape of meter_daily_consumption (which stores one array row per meter
-- to stay small), for ad-hoc SQL, reports and per-day aggregation.
CREATE VIEW "meter_daily_consumption_days" AS
SELECT c."meter_ref",
       (c."start_day" + (d.ord - 1)::integer) AS "day",
       d.amount,
       c."flags"[d.ord] AS "flags",
       c."coverage"[d.ord] AS "coverage"
FROM "meter_daily_consumption" c
CROSS JOIN LATERAL unnest(c."amounts") WITH ORDINALITY AS d(amount, ord);
