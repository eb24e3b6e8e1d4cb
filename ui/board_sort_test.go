package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tend/data"
	"tend/lifecycle"
)

// keepSettingsIn points the board's own settings at path for one test,
// which must not run in parallel with others.
func keepSettingsIn(t *testing.T, path string) {
	t.Helper()
	before := ownSettingsPath
	ownSettingsPath = func() (string, error) { return path, nil }
	t.Cleanup(func() { ownSettingsPath = before })
}

// loadedNames are the names of a column's cards as loaded, in order.
func loadedNames(h *harness, phase string) []string {
	var out []string
	for _, c := range h.m.board.cols[h.column(phase)].cards {
		out = append(out, c.Name)
	}
	return out
}

// sortedByName reports whether names are in the board's name order.
func sortedByName(t *testing.T, b *data.Book, names []string) bool {
	t.Helper()
	var want []string
	b.EachCustomer(t.Context(), data.Filter{Order: data.OrderName}, func(c lifecycle.Customer) error { //nolint:errcheck
		if slices.Contains(names, c.Name) {
			want = append(want, c.Name)
		}
		return nil
	})
	return slices.Equal(names, want)
}

func TestSortPickerOrdersEveryColumnAndKeepsTheChoice(t *testing.T) {
	file := filepath.Join(t.TempDir(), "tend", "settings.toml")
	keepSettingsIn(t, file)
	h := newHarness(t, fixedBook(t), 120, 40)
	chosen := h.goTo("Jürgen Müller")
	h.press("o")
	p := h.picker()
	if p.purpose != pickSort || p.values[p.cursor] != string(data.OrderUrgency) || !strings.Contains(h.screen(), "Sort every column by") {
		t.Fatalf("o opens %+v:\n%s", p, h.screen())
	}
	h.press("5")
	if !h.on(&boardScreen{}) {
		t.Fatalf("the picker stays open: %s", h.topName())
	}
	for _, phase := range []string{"awareness", "acquisition", "conversion", "retention"} {
		if names := loadedNames(h, phase); len(names) < 2 || !sortedByName(t, h.book, names) {
			t.Errorf("%s is not in name order: %v", phase, names)
		}
	}
	if h.selected().ID != chosen.ID {
		t.Errorf("sorting selected %s, want %s kept", h.selected().Name, chosen.Name)
	}
	if status := h.statusLine(); !strings.Contains(status, "Sorted by name, A to Z") || !strings.Contains(status, "⇅ name, A to Z · book.tend") {
		t.Errorf("status line after sorting: %q", status)
	}
	if body, err := os.ReadFile(file); err != nil || !strings.Contains(string(body), `sort = "name"`) {
		t.Errorf("the settings file holds %q, %v", body, err)
	}
	checkOpensInKeptOrder(t, h.book)
}

// checkOpensInKeptOrder opens the board again on book after it was sorted
// by name: it opens in that order, and o 1 brings back its own.
func checkOpensInKeptOrder(t *testing.T, book *data.Book) {
	t.Helper()
	again := newHarness(t, book, 120, 40)
	if names := loadedNames(again, "awareness"); !sortedByName(t, book, names) || !strings.Contains(again.statusLine(), "⇅ name") {
		t.Errorf("a board opened again is not in the kept order: %v, %q", names, again.statusLine())
	}
	again.press("o", "1")
	if strings.Contains(again.statusLine(), "⇅") {
		t.Errorf("the board's own order is still shown: %q", again.statusLine())
	}
}

func TestSortPickerClosesWithoutChanging(t *testing.T) {
	keepSettingsIn(t, filepath.Join(t.TempDir(), "settings.toml"))
	h := newHarness(t, fixedBook(t), 80, 24)
	for _, closing := range []string{"esc", "o", "q"} {
		h.press("o", "j", closing)
		if !h.on(&boardScreen{}) || h.m.filter.order != data.OrderUrgency {
			t.Errorf("%s over the sort picker leaves %s, order %q", closing, h.topName(), h.m.filter.order)
		}
	}
}

func TestADamagedSettingsFileOpensTheBoardAndSaysWhy(t *testing.T) {
	file := filepath.Join(t.TempDir(), "settings.toml")
	os.WriteFile(file, []byte("[board]\nsort = \"nmae\"\n"), 0o600)
	keepSettingsIn(t, file)
	h := newHarness(t, fixedBook(t), 120, 40)
	if said := h.m.status.text; !strings.HasPrefix(h.statusLine(), "Your settings: /") ||
		!strings.Contains(said, file+", line 2: board.sort takes one of urgency, value") {
		t.Errorf("status line over a damaged file: %q, saying %q", h.statusLine(), said)
	}
	if h.m.filter.order != data.OrderUrgency || len(loadedNames(h, "awareness")) == 0 {
		t.Errorf("the board did not open in its own order: %q", h.m.filter.order)
	}
	h.press("o", "2")
	if status := h.statusLine(); !strings.Contains(status, "Not kept in your settings, only while the board is open") {
		t.Errorf("a choice over a damaged file says %q", status)
	}
	if body, _ := os.ReadFile(file); !strings.Contains(string(body), "nmae") {
		t.Error("the damaged file was written over")
	}
}

// The compact board chosen with z is kept in one's own settings: a board
// opened again, even wide, is compact, until z turns it off again.
func TestTheCompactChoiceIsKeptInOnesOwnSettings(t *testing.T) {
	file := filepath.Join(t.TempDir(), "tend", "settings.toml")
	keepSettingsIn(t, file)
	h := newHarness(t, fixedBook(t), 200, 40)
	if h.m.board.compact {
		t.Fatal("a wide board opens compact with nothing chosen")
	}
	h.press("z")
	if body, err := os.ReadFile(file); err != nil || !strings.Contains(string(body), `compact = "on"`) {
		t.Fatalf("the settings file holds %q, %v", body, err)
	}
	again := newHarness(t, h.book, 200, 40)
	if !again.m.board.compact {
		t.Error("a board opened again is not compact as chosen")
	}
	again.press("z")
	if body, _ := os.ReadFile(file); !strings.Contains(string(body), `compact = "off"`) {
		t.Errorf("after z again the settings file holds %q", body)
	}
}
