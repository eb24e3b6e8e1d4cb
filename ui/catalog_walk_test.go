package ui

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"tend/lifecycle"
	"tend/ui/words/wordstest"
)

// TestEveryWordOnScreenComesFromTheCatalog walks the screens in the
// pseudo-language, where every message is wrapped in markers: a word on
// screen outside the markers that the book does not hold was written
// somewhere other than the catalog, and a second language would miss it.
// What the walk types into the inputs shows too; a word it typed is told
// by its letters having been typed just before, and since that is a guess,
// a word counts when two walks of four find it.
func TestEveryWordOnScreenComesFromTheCatalog(t *testing.T) {
	wordstest.Pseudo(t)
	found := map[string][]string{}
	for seed := range uint64(4) {
		for w, where := range unmarkedInWalk(t, seed) {
			found[w] = append(found[w], where)
		}
	}
	unmarked := map[string]string{}
	for w, where := range found {
		if len(where) > 1 {
			unmarked[w] = where[0]
		}
	}
	reportUnmarked(t, unmarked)
}

// unmarkedInWalk walks the fixture book from seed and returns the words
// outside the markers, each with a line it stood in.
func unmarkedInWalk(t *testing.T, seed uint64) map[string]string {
	h := newHarness(t, fixedBook(t), 80, 24)
	known := fixtureWords(h)
	rng := rand.New(rand.NewPCG(seed, 0x7e4e))
	in := make([]byte, 3*randomSteps)
	for i := range in {
		in[i] = byte(rng.UintN(256))
	}
	d := &driver{h: h, in: in}
	unmarked := map[string]string{} // a word and a line it stood in
	var typed []rune                // what the walk typed, which inputs show
	seen := map[string]bool{}
	for d.step() {
		typed = append(typed, []rune(typedBy(d.log[len(d.log)-1]))...)
		for _, w := range h.unmarkedInLayers(known) {
			if !seen[w] && !wasTyped(w, typed, known) {
				unmarked[w] = fmt.Sprintf("%q after %q", strings.TrimSpace(lineHolding(h.lines(), w)), d.log[len(d.log)-1])
			}
			seen[w] = true
		}
	}
	return unmarked
}

// unmarkedInLayers are the words outside the markers of the screen and,
// with a box on top, of the screen under it and of the box apart: a box
// drawn over the middle of a message hides its opening marker and leaves
// its rest beside the box, where it would read as words of no message.
func (h *harness) unmarkedInLayers(known []string) []string {
	b, ok := h.m.top().(box)
	if !ok {
		return wordstest.Unmarked(h.screen(), known...)
	}
	under := h.m
	under.stack = under.stack[: len(under.stack)-1 : len(under.stack)-1]
	boxed := ansi.Strip(b.view(&h.m.shared) + "\n" + b.helpLine(&h.m.shared))
	return append(wordstest.Unmarked(ansi.Strip(under.render()), known...), wordstest.Unmarked(boxed, known...)...)
}

// lineHolding is the first of lines that holds w.
func lineHolding(lines []string, w string) string {
	for _, l := range lines {
		if strings.Contains(l, w) {
			return l
		}
	}
	return ""
}

// typedBy is the text an action types into an input that has the
// keyboard: a letter key's letter, or the rune typed.
func typedBy(action string) string {
	if k, ok := strings.CutPrefix(action, "key "); ok && len([]rune(k)) == 1 {
		return k
	}
	var r rune
	if _, err := fmt.Sscanf(action, "type %q", &r); err == nil {
		return string(r)
	}
	return ""
}

// wasTyped reports whether w, when it first showed, was what the walk had
// just typed into an input, maybe after a stored text the input held:
// letters no message has (those of randomRunes beyond ASCII), or the
// letters typed last, in order (the cursor may have moved between them).
func wasTyped(w string, typed []rune, known []string) bool {
	if strings.ContainsAny(w, "äß山") {
		return true
	}
	for _, k := range known {
		for _, kw := range strings.Fields(k) {
			if rest, ok := strings.CutPrefix(w, kw); ok && rest != w && typedLast(rest, typed) {
				return true
			}
		}
	}
	return typedLast(w, typed)
}

// typedLast reports whether the letters of w are among those typed last
// (in any order: the cursor moves between them).
func typedLast(w string, typed []rune) bool {
	n := len([]rune(w))
	recent := map[rune]int{}
	for _, r := range typed[max(0, len(typed)-3*n-4):] {
		recent[r]++
	}
	for _, r := range w {
		if recent[r]--; recent[r] < 0 {
			return false
		}
	}
	return true
}

// fixtureWords are the texts the fixture book holds, which the screens
// show as they are.
func fixtureWords(h *harness) []string {
	var known []string
	for _, p := range h.m.lc.Phases {
		known = append(known, p.Key, p.Label)
	}
	for _, c := range fixtureCustomers {
		known = append(known, c.name, c.company, c.email, c.owner)
		known = append(known, c.tags...)
		for _, k := range c.contacts {
			known = append(known, k.summary)
		}
	}
	// The purchase form fills in the currency a user would type: a code,
	// not a word.
	return append(known, h.m.bookName(), lifecycle.DefaultCurrency)
}

func reportUnmarked(t *testing.T, unmarked map[string]string) {
	t.Helper()
	ws := make([]string, 0, len(unmarked))
	for w := range unmarked {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	for _, w := range ws {
		t.Errorf("%q is not from the catalog: %s", w, unmarked[w])
	}
}
