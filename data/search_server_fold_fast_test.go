package data

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// Step 22 folds most text by translate() and lower() alone and sends the
// rest the old way: the two must give the same text for any text, or the
// search columns a book stored before the step would no longer be found.
func TestTheFasterFoldingFoldsAsTheOldOne(t *testing.T) {
	onServerOnly(t)
	b := openTestBook(t)
	texts := foldingProbes()
	const batch = 4000
	for i := 0; i < len(texts); i += batch {
		sameFoldingOnServer(t, b, texts[i:min(i+batch, len(texts))])
	}
}

// foldingProbes are texts to fold: every character of the first plane
// alone and between letters, the letters and signs of German and French
// text, text that is hostile to a lookup by position (repeated and
// combining characters, quotes, backslashes, controls, characters beyond
// the first plane), and random mixtures of them all.
func foldingProbes() []string {
	var texts []string
	for c := rune(1); c < 0x10000; c++ {
		if utf8.ValidRune(c) {
			texts = append(texts, string(c), "Ab"+string(c)+"Cd", string(c)+string(c)+"ä–"+string(c))
		}
	}
	hostile := []string{
		"", " ", "'", "''", `\`, `\\'`, "%_", "\x01\x7f", "a\tb\nc\rd",
		"ÄÖÜäöüß", "Straße – „Zitat“ … 10 € • «non» ‚x‘",
		"Müller-Lüdenscheidt GmbH & Co. KG", "Ångström, Ærø, Œuvre, Ðiðrik, Þór",
		"e\u0301 a\u0308 o\u0303\u0304", "İstanbul ıi ſ ﬁ ẞ", "Привет ä", "ΣΊΣΥΦΟΣ ς",
		"Ｆｕｌｌ ｗｉｄｔｈ", "😀 𐐀𐐨 𝔘𝔫𝔦", "\u202eevil\u202c \u200b\u200d\u00ad\u00a0",
		"ääääääääääääääää", strings.Repeat("Gespräch über Rückgabe – ", 400),
	}
	texts = append(texts, hostile...)
	var pool []rune
	for _, s := range hostile {
		pool = append(pool, []rune(s)...)
	}
	pool = append(pool, []rune("abcXYZ019 .,;:-_!?@")...)
	r := rand.New(rand.NewPCG(22, 22))
	for range 3000 {
		var s strings.Builder
		for range r.IntN(40) {
			s.WriteRune(pool[r.IntN(len(pool))])
		}
		texts = append(texts, s.String())
	}
	return texts
}

// sameFoldingOnServer fails t for each text whose folding by the new
// functions is not the old one's.
func sameFoldingOnServer(t *testing.T, b *Book, texts []string) {
	t.Helper()
	list, err := json.Marshal(texts)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := b.reader.QueryContext(context.Background(), `SELECT x, tend_fold(x), tend_fold_wide(x),
			tend_word_text(x), tend_word_text_wide(x)
		FROM jsonb_array_elements_text(?::jsonb) AS t(x)
		WHERE tend_fold(x) IS DISTINCT FROM tend_fold_wide(x) OR tend_word_text(x) IS DISTINCT FROM tend_word_text_wide(x)
		LIMIT 10`, string(list))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var text, fold, oldFold, words, oldWords string
		if err := rows.Scan(&text, &fold, &oldFold, &words, &oldWords); err != nil {
			t.Fatal(err)
		}
		t.Errorf("%+q folds to %+q and %+q, the old way to %+q and %+q", text, fold, words, oldFold, oldWords)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}
