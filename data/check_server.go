package data

import (
	"regexp"
	"strings"
	"sync"

	"tend/lifecycle"
)

// A server keeps a book's pages and their sums itself, and has no check
// of them a role may run; what tend can tell is that the schema it needs
// is whole (a table, index, trigger or function dropped, a trigger
// disabled, an index left invalid by a failed build) and that no row
// refers to a missing one (a superuser may have turned the references'
// triggers off).

func (postgresEngine) soundnessChecks() []bookCheck {
	return []bookCheck{
		{"schema", serverSchemaMissing(), func(kind, name string) error {
			return lifecycle.Problemf(CodeCheckSchema, lifecycle.Values{"Kind": kind, "Name": name},
				"the schema's %s %s is missing, disabled or invalid", kind, name)
		}},
		{"references", serverOrphans, referenceFinding},
	}
}

// serverOrphans lists each reference of the book's tables that a row
// breaks, the referring table and the one referred to, by running the
// check of each reference the catalog holds (every reference of tend's
// schema is of one column).
const serverOrphans = `SELECT k.conrelid::regclass::text, k.confrelid::regclass::text
	FROM pg_constraint k
	JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
	JOIN pg_attribute p ON p.attrelid = k.confrelid AND p.attnum = k.confkey[1]
	CROSS JOIN LATERAL query_to_xml(format(
		'SELECT 1 AS orphan FROM %s x WHERE x.%I IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %s y WHERE y.%I = x.%I) LIMIT 1',
		k.conrelid::regclass, a.attname, k.confrelid::regclass, p.attname, a.attname), false, true, '') AS found (rows)
	WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace AND found.rows::text <> ''
	ORDER BY 1, 2`

// schemaStatement is a statement of the server's schema files that makes
// or drops a table, index, trigger, function or collation, by its name;
// compiled on the first check of a server book, not at every start.
var schemaStatement = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(CREATE|DROP)\s+(?:UNIQUE\s+)?(TABLE|INDEX|TRIGGER|FUNCTION|COLLATION)\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?(\w+)`)
})

// serverSchemaMissing is the query that lists the objects the schema
// files make (and later steps keep) that the database lacks, has turned
// off or holds invalid, by kind and name.
var serverSchemaMissing = sync.OnceValue(func() string {
	kinds := map[string]string{}
	var order []string
	for _, step := range serverSteps() {
		for _, m := range schemaStatement().FindAllStringSubmatch(step.sql, -1) {
			name := strings.ToLower(m[3])
			if strings.EqualFold(m[1], "DROP") {
				delete(kinds, name)
				continue
			}
			if _, seen := kinds[name]; !seen {
				order = append(order, name)
			}
			kinds[name] = strings.ToLower(m[2])
		}
	}
	var values []string
	for _, name := range order {
		if kind, ok := kinds[name]; ok {
			values = append(values, "('"+kind+"', '"+name+"')")
		}
	}
	return `SELECT w.kind, w.name FROM (VALUES ` + strings.Join(values, ", ") + `) AS w (kind, name)
		WHERE NOT CASE w.kind
			WHEN 'trigger' THEN EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgname = w.name AND t.tgenabled <> 'D')
			WHEN 'function' THEN EXISTS (SELECT 1 FROM pg_proc f WHERE f.proname = w.name AND f.pronamespace = current_schema()::regnamespace)
			WHEN 'collation' THEN EXISTS (SELECT 1 FROM pg_collation c WHERE c.collname = w.name)
			WHEN 'index' THEN EXISTS (SELECT 1 FROM pg_index i WHERE i.indexrelid = to_regclass(w.name) AND i.indisvalid)
			ELSE to_regclass(w.name) IS NOT NULL END`
})
