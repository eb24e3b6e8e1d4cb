package data

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"tend/data/pgtest"
)

var updateFold = flag.Bool("update-fold", false, "write the server's folding in data/postgres/012_book.sql from SQLite's tokenizers")

// The server's search folds text as SQLite's FTS5 does, by tables written
// from what SQLite's own tokenizers answer for every character: the
// trigram tokenizer of the customers' index (case and accents folded) and
// unicode61 of the entries' (which also tells the characters that part
// words). These tests ask SQLite again and compare.

// ftsFolding is how SQLite's tokenizers treat each character that they do
// not keep as it is.
type ftsFolding struct {
	trigram map[rune]string // what the trigram tokenizer folds a character to, "" for none
	words   map[rune]string // the same for unicode61, " " for a character that parts words
}

// probeFTSFolding asks SQLite, character by character.
func probeFTSFolding(t *testing.T) ftsFolding {
	t.Helper()
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range []string{
		`CREATE VIRTUAL TABLE w USING fts5 (x, tokenize = 'unicode61 remove_diacritics 2')`,
		`CREATE VIRTUAL TABLE wv USING fts5vocab (w, 'instance')`,
		`CREATE VIRTUAL TABLE g USING fts5 (x, tokenize = 'trigram remove_diacritics 1')`,
		`CREATE VIRTUAL TABLE gv USING fts5vocab (g, 'instance')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	f := ftsFolding{trigram: map[rune]string{}, words: probeWords(t, db)}
	// The trigram tokenizer is asked of each character of the first plane,
	// and of those beyond that unicode61 does not keep as they are.
	var asked []rune
	for c := rune(1); c <= utf8.MaxRune; c++ {
		if _, changed := f.words[c]; utf8.ValidRune(c) && (c < 0x10000 || changed) {
			asked = append(asked, c)
		}
	}
	for c, folded := range probeTrigrams(t, db, asked) {
		if folded != string(c) {
			f.trigram[c] = folded
		}
	}
	return f
}

// probeWords writes each character between "ab" and "cd" and reads back
// the words unicode61 makes of it: one word "ab?cd" with the character
// folded, or "ab" and "cd" for a character that parts words.
func probeWords(t *testing.T, db *sql.DB) map[rune]string {
	t.Helper()
	var all []rune
	for c := rune(1); c <= utf8.MaxRune; c++ {
		if utf8.ValidRune(c) {
			all = append(all, c)
		}
	}
	const chunk = 4096
	tx, _ := db.Begin()
	for i := 0; i < len(all); i += chunk {
		var doc strings.Builder
		for _, c := range all[i:min(i+chunk, len(all))] {
			doc.WriteString("ab" + string(c) + "cd ")
		}
		if _, err := tx.Exec(`INSERT INTO w (rowid, x) VALUES (?, ?)`, i/chunk, doc.String()); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(`SELECT term FROM wv ORDER BY doc, offset`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	words := map[rune]string{}
	next := 0
	for rows.Next() {
		var term string
		rows.Scan(&term)
		switch {
		case term == "cd":
			continue
		case term == "ab":
			words[all[next]] = " "
		case strings.HasPrefix(term, "ab") && strings.HasSuffix(term, "cd"):
			if folded := term[2 : len(term)-2]; folded != string(all[next]) {
				words[all[next]] = folded
			}
		default:
			t.Fatalf("unicode61 made %q of %U", term, all[next])
		}
		next++
	}
	if next != len(all) {
		t.Fatalf("read %d characters of %d", next, len(all))
	}
	return words
}

// probeTrigrams writes each character after "qq" and reads back the first
// trigram: "qq" and the character folded, or "qqq" for one it drops.
func probeTrigrams(t *testing.T, db *sql.DB, chars []rune) map[rune]string {
	t.Helper()
	tx, _ := db.Begin()
	for _, c := range chars {
		if _, err := tx.Exec(`INSERT INTO g (rowid, x) VALUES (?, ?)`, int64(c), "qq"+string(c)+"q"); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(`SELECT doc, term FROM gv ORDER BY doc, offset`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	folded := map[rune]string{}
	for rows.Next() {
		var c int64
		var term string
		rows.Scan(&c, &term)
		if _, seen := folded[rune(c)]; !seen {
			folded[rune(c)] = strings.TrimPrefix(term, "qq")
		}
	}
	for c, f := range folded {
		if f == "q" && c != 'q' && c != 'Q' {
			folded[c] = "" // "qqq" of "qq" and "q": the character dropped
		}
	}
	return folded
}

// foldingSQL writes the server's functions that fold as f says.
func foldingSQL(f ftsFolding) string {
	letters := map[rune]string{}
	var asciiParts, parts []rune
	for c, folded := range f.words {
		switch {
		case folded != " " && c >= utf8.RuneSelf:
			letters[c] = folded
		case folded == " " && c < utf8.RuneSelf:
			asciiParts = append(asciiParts, c)
		case folded == " ":
			parts = append(parts, c)
		}
	}
	return foldingStart + `
-- The customers' search text as the trigram tokenizer folds it.
CREATE FUNCTION tend_fold(s text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
    RETURN tend_translate(s, '` + jsonFolding(beyondASCII(f.trigram)) + `'::jsonb, NULL);
END
$$;
-- A summary's or note's words as unicode61 folds them, one space between.
CREATE FUNCTION tend_word_text(s text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
    RETURN tend_translate(regexp_replace(s, '` + regexpClass(asciiParts) + `+', ' ', 'g'), '` + jsonFolding(letters) + `'::jsonb,
        '` + regexpClass(parts) + `');
END
$$;
` + foldingEnd
}

// beyondASCII is the folding of the characters beyond ASCII.
func beyondASCII(m map[rune]string) map[rune]string {
	out := map[rune]string{}
	for c, v := range m {
		if c >= utf8.RuneSelf {
			out[c] = v
		}
	}
	return out
}

// regexpClass writes a bracket expression of PostgreSQL's regular
// expressions that holds chars, in ranges.
func regexpClass(chars []rune) string {
	slices.Sort(chars)
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < len(chars); {
		j := i
		for j+1 < len(chars) && chars[j+1] == chars[j]+1 {
			j++
		}
		b.WriteString(regexpChar(chars[i]))
		if j > i {
			b.WriteString("-" + regexpChar(chars[j]))
		}
		i = j + 1
	}
	b.WriteByte(']')
	return b.String()
}

// The lines the server's schema holds its folding between.
const (
	foldingStart = "-- Folding as SQLite's FTS5 folds: written by go test ./data -run TestServerFoldsAsSQLite -update-fold.\n"
	foldingEnd   = "-- End of the folding.\n"
)

// regexpChar writes a character as PostgreSQL's regular expressions read
// it in a bracket expression.
func regexpChar(c rune) string {
	switch {
	case c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		return string(c)
	case c < utf8.RuneSelf:
		return fmt.Sprintf(`\x%02x`, c)
	case c < 0x10000:
		return fmt.Sprintf(`\u%04x`, c)
	}
	return fmt.Sprintf(`\U%08x`, c)
}

// jsonFolding writes a folding as a JSON object in ASCII, keys in order.
func jsonFolding(m map[rune]string) string {
	keys := make([]rune, 0, len(m))
	for c := range m {
		keys = append(keys, c)
	}
	slices.Sort(keys)
	var b strings.Builder
	b.WriteByte('{')
	for i, c := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(jsonString(string(c)) + ":" + jsonString(m[c]))
	}
	b.WriteByte('}')
	return b.String()
}

func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteString(`\` + string(r))
		case r == '\'':
			b.WriteString(`''`)
		case r >= ' ' && r < utf8.RuneSelf:
			b.WriteRune(r)
		case r >= 0x10000:
			r -= 0x10000
			fmt.Fprintf(&b, `\u%04x\u%04x`, 0xD800+(r>>10), 0xDC00+(r&0x3FF))
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

const serverBookSchema = "postgres/012_book.sql"

// TestServerFoldsAsSQLite holds the server's folding to what SQLite's
// tokenizers do today, and on the server runs it over every character
// SQLite folds.
func TestServerFoldsAsSQLite(t *testing.T) {
	f := probeFTSFolding(t)
	schema, err := os.ReadFile(serverBookSchema)
	if err != nil {
		t.Fatal(err)
	}
	start, end := strings.Index(string(schema), foldingStart), strings.Index(string(schema), foldingEnd)
	if start < 0 || end < start {
		t.Fatalf("%s holds no folding", serverBookSchema)
	}
	want := foldingSQL(f)
	if got := string(schema[start : end+len(foldingEnd)]); got != want {
		if !*updateFold {
			t.Fatalf("the server's folding is not SQLite's: run go test ./data -run TestServerFoldsAsSQLite -update-fold")
		}
		schema = []byte(string(schema[:start]) + want + string(schema[end+len(foldingEnd):]))
		if err := os.WriteFile(serverBookSchema, schema, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if pgtest.OnPostgres() {
		serverFoldsEveryCharacter(t, openTestBook(t), f)
	}
}

// serverFoldsEveryCharacter folds on the server a text of each character
// SQLite folds, between letters, and compares.
func serverFoldsEveryCharacter(t *testing.T, b *Book, f ftsFolding) {
	t.Helper()
	for _, kind := range []struct {
		what, fold string
		folding    map[rune]string
	}{
		{"a name", `tend_fold(x)`, f.trigram},
		{"a summary", `array_to_string(tend_words(x), ' ')`, f.words},
	} {
		var chars []rune
		var texts []string
		for c := range kind.folding {
			if c == 1 {
				continue // the texts' separator
			}
			chars = append(chars, c)
			texts = append(texts, "Xy"+string(c)+"z")
		}
		var folded string
		err := b.reader.QueryRowContext(context.Background(), `SELECT string_agg(`+kind.fold+`, chr(1) ORDER BY n)
			FROM unnest(string_to_array(?, chr(1))) WITH ORDINALITY AS t(x, n)`, strings.Join(texts, "\x01")).Scan(&folded)
		if err != nil {
			t.Fatal(err)
		}
		for i, got := range strings.Split(folded, "\x01") {
			want := "xy" + kind.folding[chars[i]] + "z"
			if kind.folding[chars[i]] == " " {
				want = "xy z"
			}
			if got != want {
				t.Errorf("the server folds %U in %s to %q, SQLite to %q", chars[i], kind.what, got, want)
			}
		}
	}
}
