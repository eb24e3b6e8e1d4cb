// Command tend is a terminal workbench for account managers: a customer
// book in one SQLite file, a board with a column per lifecycle phase, and
// commands to script it.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"

	"tend/ui/cli"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	// ctrl+c cancels the context: the command under way rolls back what it
	// was writing, says it was interrupted and ends with 130.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Run(ctx, cli.Process{Version: version, WholeReading: collectLess})
	stop()
	os.Exit(code)
}

// collectLess has the garbage collector run less often while a reading of
// the whole book is under way, and returns what ends that. Such a reading
// makes a few short-lived values for every customer; collecting them less
// often takes a fifth off its time, for some megabytes more while it runs.
// Readings may overlap (the board's scoring and the insights): the first
// sets the pace and the last puts back what was there before.
func collectLess() (end func()) {
	pace.Lock()
	defer pace.Unlock()
	if pace.readings == 0 {
		pace.before = debug.SetGCPercent(400)
	}
	pace.readings++
	return func() {
		pace.Lock()
		defer pace.Unlock()
		if pace.readings--; pace.readings == 0 {
			debug.SetGCPercent(pace.before)
		}
	}
}

var pace struct {
	sync.Mutex
	readings, before int
}
