package cli

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// crashKills is how many kills a crash test makes: enough for CI by
// default, more with TEND_CRASH_KILLS for a longer run.
func crashKills(t *testing.T, ci int) int {
	t.Helper()
	s := os.Getenv("TEND_CRASH_KILLS")
	if s == "" {
		return ci
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		t.Fatalf("TEND_CRASH_KILLS=%q: want a positive number", s)
	}
	return n
}

// crashRand is the crash tests' randomness. The seed is logged, and
// TEND_CRASH_SEED replays a run that failed.
func crashRand(t *testing.T) *rand.Rand {
	t.Helper()
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("TEND_CRASH_SEED"); s != "" {
		var err error
		if seed, err = strconv.ParseUint(s, 10, 64); err != nil {
			t.Fatalf("TEND_CRASH_SEED=%q: %v", s, err)
		}
	}
	t.Logf("TEND_CRASH_SEED=%d", seed)
	return rand.New(rand.NewPCG(seed, 0))
}

// ran is how a run of tend ended.
type ran struct {
	stdout, stderr string
	code           int  // the exit code, -1 when killed
	killed         bool // the kill landed before tend ended
}

// runOrKill starts tend with its own session, as runBinary does, and
// kills it with SIGKILL after delay unless it has ended by then. What it
// printed before the kill is kept: that is what a user saw.
func runOrKill(t *testing.T, home string, delay time.Duration, args ...string) ran {
	t.Helper()
	cmd := exec.Command(tendBinary(t), args...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatalf("start tend %v: %v", args, err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	timer := time.NewTimer(delay)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
		cmd.Process.Signal(syscall.SIGKILL)
		<-done
	}
	status := cmd.ProcessState.Sys().(syscall.WaitStatus)
	return ran{stdout: out.String(), stderr: errOut.String(), code: cmd.ProcessState.ExitCode(),
		killed: status.Signaled() && status.Signal() == syscall.SIGKILL}
}
