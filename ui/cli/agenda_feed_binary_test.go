package cli

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"tend/lifecycle"
)

// feedBook is a book with one follow-up, for Anna tomorrow, written and
// closed before the built tend opens it.
func feedBook(t *testing.T) string {
	t.Helper()
	db := tempBook(t)
	b := openTestBook(t, db)
	logFeedFollowUp(t, b, addFeedCustomer(t, b, "Anna"), lifecycle.StartOfDay(time.Now()).AddDate(0, 0, 1), "Call")
	b.Close()
	return db
}

func TestAgendaICSOfTheBuiltBinaryIsACalendar(t *testing.T) {
	db := feedBook(t)
	path := filepath.Join(t.TempDir(), "agenda.ics")
	if out, errOut, code := runBinary(t, nil, "--db", db, "agenda", "--ics", path); code != 0 || out != "" || !strings.Contains(errOut, path) {
		t.Fatalf("agenda --ics: exit %d, printed %q, said %q", code, out, errOut)
	}
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := parsedSummaries(t, body); strings.Join(got, "|") != "Follow up with Anna" {
		t.Errorf("summaries %q", got)
	}
	lines := strings.SplitAfter(string(body), "\n")
	for _, line := range lines[:len(lines)-1] {
		if !strings.HasSuffix(line, "\r\n") {
			t.Errorf("the line %q does not end in CRLF", line)
		}
	}
	if !strings.Contains(string(body), "\r\nUID:") {
		t.Errorf("the event has no UID:\n%s", body)
	}
}

func TestAgendaServeOfTheBuiltBinaryServesTheFeed(t *testing.T) {
	db := feedBook(t)
	cmd := exec.Command(tendBinary(t), "--db", db, "agenda", "--serve", "--addr", "127.0.0.1:0")
	home := t.TempDir()
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home, "XDG_CONFIG_HOME=" + filepath.Join(home, "config")}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	url := servedURL(t, out)
	if got := fetchSummaries(t, url); strings.Join(got, "|") != "Follow up with Anna" {
		t.Errorf("served %q", got)
	}
	res, err := http.Get(strings.Replace(url, "/agenda.ics", "x/agenda.ics", 1))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotFound {
		t.Errorf("a wrong token: %d, want 404", res.StatusCode)
	}
}
