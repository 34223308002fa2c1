-- Users created through the API or the 新建用户 form with the documented
-- `null` jurisdiction were stored with "" / [""] (the validator coerced null)
-- and saw nothing (issue #13). Blank names become what was meant: no
-- neighbourhood is the whole subdistrict, and no compound list is every
-- compound in scope. A property company keeps an empty list instead (it
-- serves named compounds only; null would widen it to the whole area): an
-- administrator must name its compounds.
UPDATE "users" SET "scope_neighborhood" = NULL WHERE btrim("scope_neighborhood") = '';--> statement-breakpoint
UPDATE "users" SET "scope_communities" = array_remove("scope_communities", '') WHERE '' = ANY("scope_communities");--> statement-breakpoint
UPDATE "users" SET "scope_communities" = NULL WHERE "role" <> 'property' AND cardinality("scope_communities") = 0;
