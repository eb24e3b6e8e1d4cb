package cli

import (
	"context"
	"errors"
	"io"
	"reflect"

	"github.com/google/jsonschema-go/jsonschema"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/mcp"
	"tend/ui/words"
)

func newMCPCmd(flags *bookFlags) *cobra.Command {
	var allowWrites bool
	cmd := &cobra.Command{
		Use:     "mcp",
		Short:   words.T("cli.mcp.short"),
		Long:    words.T("cli.mcp.long"),
		Example: words.T("cli.mcp.example"),
		Args:    noArgs,
	}
	cmd.Flags().BoolVar(&allowWrites, "allow-writes", false, words.T("cli.mcp.flag.allow-writes"))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
		s, closeServer, err := newMCPServer(ctx, b, cmd.Root().Version, allowWrites)
		if err != nil {
			return err
		}
		defer closeServer()
		t := &sdk.IOTransport{Reader: io.NopCloser(cmd.InOrStdin()), Writer: nopCloser{cmd.OutOrStdout()}}
		if err := s.Run(ctx, t); err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		return nil
	})
	return cmd
}

// nopCloser leaves the standard output open when a client leaves.
type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// newMCPServer serves the book with the command line's own readings of
// it; the tools that write, only where allowed. The user's "me" is read
// first: from then on the book records the changes as the assistant's,
// beside the user's name. The server's watch on the book ends with the
// function it returns.
func newMCPServer(ctx context.Context, b *data.Book, version string, allowWrites bool) (*mcp.Server, func() error, error) {
	me, err := b.Me(ctx)
	if err != nil {
		return nil, nil, err
	}
	watch, err := b.Watch(ctx)
	if err != nil {
		return nil, nil, err
	}
	user := b.User()
	b.Who = mcp.AssistantOf(user)
	say := func(err error) string { return phrase(namingBook(b.Path(), err)) }
	s := mcp.New(b, mcp.Options{Version: version, Instructions: words.T("mcp.instructions"), Say: say, AllowWrites: allowWrites,
		Schemas: map[reflect.Type]*jsonschema.Schema{
			// A reason's figures are named by the reason: an object of its own keys.
			reflect.TypeFor[reasonDetail](): {Type: "object"},
		}})
	reading := &flaggedReading{watch: watch}
	addReadingTools(s, me, reading)
	addWritingTools(s)
	addBookResources(s, user)
	addPrompts(s, me, reading)
	return s, watch.Close, nil
}
