package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestBinaryReadsADateAsTheStartOfThatLocalDay runs tend in zones whose
// clocks skip midnight or a whole day: a date is the first moment of that
// day there, and a day that never happened is refused.
func TestBinaryReadsADateAsTheStartOfThatLocalDay(t *testing.T) {
	db := tempBook(t)
	saoPaulo := []string{"TZ=America/Sao_Paulo", "TEND_DB=" + db}
	if _, errOut, code := runBinary(t, saoPaulo, "add", "Ana"); code != 0 {
		t.Fatalf("add: %s", errOut)
	}
	if _, errOut, code := runBinary(t, saoPaulo, "log", "Ana", "--kind", "call", "--summary", "s", "--at", "2018-11-04"); code != 0 {
		t.Fatalf("log: %s", errOut)
	}
	if _, errOut, code := runBinary(t, saoPaulo, "buy", "Ana", "10", "--at", "04.11.2018"); code != 0 {
		t.Fatalf("buy: %s", errOut)
	}
	out, errOut, _ := runBinary(t, saoPaulo, "show", "Ana", "--json")
	var s shown
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("show --json: %v %s", err, errOut)
	}
	const want = "2018-11-04T01:00:00-02:00" // the clocks went from 00:00 to 01:00
	if len(s.Contacts) != 1 || s.Contacts[0].At != want || len(s.Purchases) != 1 || s.Purchases[0].At != want {
		t.Errorf("the contact and purchase of 2018-11-04 are not at 01:00 that day in São Paulo:\n%s", out)
	}
	apia := []string{"TZ=Pacific/Apia", "TEND_DB=" + db}
	_, errOut, code := runBinary(t, apia, "log", "Ana", "--kind", "call", "--summary", "s", "--at", "2011-12-30")
	if code == 0 || strings.TrimSpace(errOut) != "tend: --at: 2011-12-30 never happened in Pacific/Apia: its clocks skipped that day" {
		t.Errorf("a day Samoa skipped: exit %d, %q", code, errOut)
	}
}
