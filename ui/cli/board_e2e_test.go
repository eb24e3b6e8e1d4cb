package cli

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tend/data"
)

// terminal is a tmux session running the built tend, as a user's terminal.
type terminal struct {
	t      *testing.T
	socket string
}

func startTerminal(t *testing.T, width, height int, args ...string) *terminal {
	t.Helper()
	command := tendBinary(t)
	for _, arg := range args {
		// Quoted for the shell: a server book's URL holds ? and &.
		command += " '" + strings.ReplaceAll(arg, "'", `'\''`) + "'"
	}
	return startTerminalCommand(t, width, height, command)
}

// startTerminalCommand runs a shell command in a tmux session.
func startTerminalCommand(t *testing.T, width, height int, command string) *terminal {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is missing; .ci/run installs it")
		}
		t.Skip("tmux is not installed")
	}
	// The temporary folder's name is unique within one test only, and
	// other test runs may share the machine: the process id keeps their
	// tmux servers apart.
	term := &terminal{t: t, socket: fmt.Sprintf("tend-test-%d-%s", os.Getpid(), filepath.Base(t.TempDir()))}
	// A config folder of its own: what the board keeps (z, o) neither
	// reaches the settings of whoever runs the tests nor another test.
	term.tmux("new-session", "-d", "-s", "main", "-x", fmt.Sprint(width), "-y", fmt.Sprint(height),
		"-e", "XDG_CONFIG_HOME="+t.TempDir(), command)
	t.Cleanup(func() { exec.Command("tmux", "-L", term.socket, "kill-server").Run() })
	return term
}

func (term *terminal) tmux(args ...string) string {
	term.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", term.socket}, args...)...).CombinedOutput()
	if err != nil {
		term.t.Fatalf("tmux %v: %v: %s", args, err, out)
	}
	return string(out)
}

func (term *terminal) screen() string { return term.tmux("capture-pane", "-p", "-t", "main") }

// keys types keys the way tmux names them (Enter, Escape, Tab, …).
func (term *terminal) keys(keys ...string) {
	term.tmux(append([]string{"send-keys", "-t", "main"}, keys...)...)
}

// text types literal text.
func (term *terminal) text(s string) { term.tmux("send-keys", "-t", "main", "-l", s) }

// mouse sends an SGR mouse event at a 0-based cell: press, motion with the
// left button held, or release.
func (term *terminal) mouse(event string, x, y int) {
	codes := map[string]string{"press": "0;%d;%dM", "drag": "32;%d;%dM", "release": "0;%d;%dm"}
	term.text("\x1b[<" + fmt.Sprintf(codes[event], x+1, y+1))
}

// waitFor waits until the screen shows want, and returns the screen.
func (term *terminal) waitFor(want string) string {
	term.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := term.screen()
		if strings.Contains(s, want) {
			return s
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the screen never showed %q; it shows:\n%s", want, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// clipboard waits until tmux holds a paste buffer, and returns it: the
// program writes OSC 52 and its status line on separate paths, so the
// line saying "copied" may be on the screen a moment before tmux has the
// text.
func (term *terminal) clipboard() string {
	term.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		out, err := exec.Command("tmux", "-L", term.socket, "show-buffer").CombinedOutput()
		if err == nil {
			return string(out)
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("tmux never held a paste buffer: %v: %s", err, out)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitWithout waits until the screen no longer shows gone.
func (term *terminal) waitWithout(gone string) {
	term.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for strings.Contains(term.screen(), gone) {
		if time.Now().After(deadline) {
			term.t.Fatalf("the screen still shows %q:\n%s", gone, term.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitGone waits until the tmux session has ended (the program quit).
func (term *terminal) waitGone() {
	term.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for exec.Command("tmux", "-L", term.socket, "has-session", "-t", "main").Run() == nil {
		if time.Now().After(deadline) {
			term.t.Fatalf("tend did not quit; the screen shows:\n%s", term.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestBoardInARealTerminal(t *testing.T) {
	db := tempBook(t)
	for _, add := range [][]string{
		{"add", "Ada Lovelace", "--company", "Analytical Engines", "--phase", "awareness", "--value", "5000"},
		{"add", "Bertha Benz", "--company", "Benz & Cie", "--phase", "acquisition"},
		{"add", "Müller GmbH", "--company", "Müller GmbH", "--phase", "awareness", "--value", "24000"},
	} {
		if _, errOut, code := runBinary(t, nil, append([]string{"--db", db}, add...)...); code != 0 {
			t.Fatalf("tend %v: %s", add, errOut)
		}
	}
	term := startTerminal(t, 80, 24, "--db", db)
	term.waitFor(shortNameOf(t, db) + " · 3 customers")
	term.text("z") // whole cards: the drag below is measured on them
	term.waitFor("Whole cards")
	logACallAndMoveByKey(term)
	dragAcrossColumns(term)
	undoAndRecordOnTheTimeline(term)
	term.text("q")
	term.waitGone()
	checkTheSessionStored(t, db)
}

// shortNameOf is the name the board gives the book at db: its file's, or
// the database's on a server, never the server's options or password.
func shortNameOf(t *testing.T, db string) string {
	t.Helper()
	u, err := url.Parse(db)
	if err != nil || !data.IsServerBook(db) {
		return filepath.Base(db)
	}
	return strings.TrimPrefix(u.Path, "/")
}

// logACallAndMoveByKey finds Müller with the filter, logs a call and moves
// the card right by key.
func logACallAndMoveByKey(term *terminal) {
	term.text("/")
	term.text("müller")
	term.waitWithout("Bertha Benz")
	term.keys("Enter")
	term.text("c")
	term.waitFor("Log a contact with Müller GmbH")
	term.text("Renewal call")
	term.keys("Enter")
	term.waitFor("Logged call with Müller GmbH")
	term.text("L")
	term.waitFor("Moved Müller GmbH to Acquisition")
	term.keys("Escape") // clears the filter
	term.waitFor("Bertha Benz")
}

// dragAcrossColumns drags Ada from Awareness (column 1) onto Conversion
// (column 3).
func dragAcrossColumns(term *terminal) {
	screen := term.screen()
	row := lineOf(screen, "Ada Lovelace")
	term.mouse("press", 3, row)
	term.mouse("drag", 20, row+1)
	term.mouse("drag", 2*26+5, row+2)
	term.waitFor("drop here")
	term.mouse("release", 2*26+5, row+2)
	term.waitFor("Moved Ada Lovelace to Conversion")
}

// undoAndRecordOnTheTimeline undoes the drag, opens Müller's timeline and
// records the renewal's invoice there, which shows on the timeline, and
// goes back to the board.
func undoAndRecordOnTheTimeline(term *terminal) {
	term.text("u")
	term.waitFor("Undid the move of Ada Lovelace to Conversion")
	term.text("/")
	term.text("müller")
	term.waitWithout("Ada Lovelace")
	term.keys("Enter")
	term.keys("Enter")
	term.waitFor("Timeline")
	term.waitFor("Renewal call")
	term.text("b")
	term.waitFor("Record a purchase for Müller GmbH")
	term.text("1.234,50")
	term.keys("Tab", "Tab")
	term.text("INV-17")
	term.keys("Enter")
	term.waitFor("Recorded 1,234.50 EUR for Müller GmbH")
	term.waitFor("Müller GmbH bought: move them to")
	term.text("n") // a lead who bought, kept where they are
	term.waitFor("purchase €1,234.50")
	term.waitWithout("bought: move them to")
	term.keys("Escape")
	term.waitFor("t triage") // the board's help; a q right after Escape would read as alt+q
}

// checkTheSessionStored checks, through tend show, what the session
// stored: Müller's call, move and purchase, and Ada back where she was.
func checkTheSessionStored(t *testing.T, db string) {
	t.Helper()
	var muller, ada struct {
		Phase    string `json:"phase"`
		Contacts []struct {
			Kind    string `json:"kind"`
			Summary string `json:"summary"`
		} `json:"contacts"`
		Purchases []struct {
			Amount float64 `json:"amount"`
			Note   string  `json:"note"`
		} `json:"purchases"`
	}
	for ref, into := range map[string]any{"müller": &muller, "ada lovelace": &ada} {
		out, errOut, code := runBinary(t, nil, "--db", db, "show", ref, "--json")
		if code != 0 {
			t.Fatalf("show %s: %s", ref, errOut)
		}
		if err := json.Unmarshal([]byte(out), into); err != nil {
			t.Fatal(err)
		}
	}
	if muller.Phase != "acquisition" || len(muller.Contacts) != 1 || muller.Contacts[0].Summary != "Renewal call" || muller.Contacts[0].Kind != "call" {
		t.Errorf("Müller after the session: %+v", muller)
	}
	if len(muller.Purchases) != 1 || muller.Purchases[0].Amount != 1234.5 || muller.Purchases[0].Note != "INV-17" {
		t.Errorf("Müller's purchases after the session: %+v", muller.Purchases)
	}
	if ada.Phase != "awareness" {
		t.Errorf("Ada is in %s; the drag was undone, so she belongs in awareness", ada.Phase)
	}
}

// lineOf returns the 0-based screen row that contains s.
func lineOf(screen, s string) int {
	for i, line := range strings.Split(screen, "\n") {
		if strings.Contains(line, s) {
			return i
		}
	}
	return -1
}
