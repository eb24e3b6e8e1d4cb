// Command tend is a terminal workbench for account managers: a customer
// book in one SQLite file, a board with a column per lifecycle phase, and
// commands to script it.
package main

import (
	"context"
	"os"

	"tend/ui/cli"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	os.Exit(cli.Run(context.Background(), version))
}
