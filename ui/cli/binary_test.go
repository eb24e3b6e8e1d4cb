package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

var (
	buildOnce sync.Once
	builtPath string
	buildErr  error
)

// tendBinary builds the command once per test run and returns its path.
func tendBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tend-bin")
		if err != nil {
			buildErr = err
			return
		}
		builtPath = filepath.Join(dir, "tend")
		out, err := exec.Command("go", "build", "-o", builtPath, "tend").CombinedOutput()
		if err != nil {
			buildErr = err
			t.Logf("%s", out)
		}
	})
	if buildErr != nil {
		t.Fatalf("build tend: %v", buildErr)
	}
	return builtPath
}

// runBinary runs the built tend with env added to a clean environment and
// returns stdout, stderr and the exit code.
func runBinary(t *testing.T, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(tendBinary(t), args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	// A session of its own has no controlling terminal, as under cron or in
	// a pipeline, whatever terminal the tests run in.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if exit, ok := err.(*exec.ExitError); ok {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("run tend %v: %v", args, err)
	}
	return out.String(), errOut.String(), code
}

func TestBinaryUsesTheXDGDataFolderPrivately(t *testing.T) {
	xdg := t.TempDir()
	env := []string{"XDG_DATA_HOME=" + xdg}
	if out, errOut, code := runBinary(t, env, "add", "Ada"); code != 0 || strings.TrimSpace(out) != "1" {
		t.Fatalf("add: %q %q exit %d", out, errOut, code)
	}
	dir := filepath.Join(xdg, "tend")
	for path, want := range map[string]os.FileMode{dir: 0o700, filepath.Join(dir, "tend.db"): 0o600} {
		info, err := os.Stat(path)
		if err != nil || info.Mode().Perm() != want {
			t.Errorf("%s: %v, mode %v, want %v", path, err, info.Mode().Perm(), want)
		}
	}
	other := filepath.Join(t.TempDir(), "other.db")
	runBinary(t, append(env, "TEND_DB="+other), "add", "Bob")
	if out, _, _ := runBinary(t, []string{"TEND_DB=" + other}, "list"); !strings.Contains(out, "Bob") || strings.Contains(out, "Ada") {
		t.Errorf("TEND_DB book lists %q", out)
	}
}

func TestBinaryErrorsAreOneLineOnStderr(t *testing.T) {
	db := tempBook(t)
	runBinary(t, nil, "--db", db, "add", "Ada")
	notABook := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(notABook, []byte("not a database"), 0o600)
	cases := map[string][]string{
		"the board needs a terminal":      {"--db", db},
		`tend: no customer matches "Bob"`: {"--db", db, "show", "Bob"},
		"is not a tend book":              {"--db", notABook, "list"},
		"is a folder":                     {"--db", t.TempDir(), "list"},
		"unknown phase":                   {"--db", db, "move", "ada", "nirvana"},
	}
	for want, args := range cases {
		out, errOut, code := runBinary(t, nil, args...)
		if code == 0 || out != "" || !strings.Contains(errOut, want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("tend %v: exit %d, stdout %q, stderr %q; want one line containing %q", args, code, out, errOut, want)
		}
	}
	if data, _ := os.ReadFile(notABook); string(data) != "not a database" {
		t.Error("a file that is not a book was changed")
	}
}

func TestBinaryPrintsPlainTextToPipes(t *testing.T) {
	db := tempBook(t)
	runBinary(t, nil, "--db", db, "add", "Evil \x1b]52;c;aGk=\x07Name\x1b[31m", "--company", "Bad\rCo")
	for _, args := range [][]string{{"list"}, {"show", "1"}, {"--help"}, {"list", "--help"}} {
		out, _, code := runBinary(t, nil, append([]string{"--db", db}, args...)...)
		if code != 0 || strings.ContainsAny(out, "\x1b\x07\r") {
			t.Errorf("tend %v printed control characters or failed (%d): %q", args, code, out)
		}
	}
	runBinary(t, nil, "--db", db, "archive", "1")
	if _, errOut, code := runBinary(t, nil, "--db", db, "archive", "1"); code == 0 || strings.ContainsAny(errOut, "\x1b\x07\r") {
		t.Errorf("an error quoting the name printed control characters (%d): %q", code, errOut)
	}
	if out, _, _ := runBinary(t, nil, "--db", db, "show", "1", "--json"); !strings.Contains(out, `\u001b]52;c;aGk=\u0007Name`) {
		t.Errorf("show --json does not keep the stored name exactly: %s", out)
	}
	if out, _, code := runBinary(t, nil, "--version"); code != 0 || !strings.HasPrefix(out, "tend version") {
		t.Errorf("--version = %q (%d)", out, code)
	}
}
