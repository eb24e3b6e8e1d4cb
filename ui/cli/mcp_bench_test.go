package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"tend/data"
)

// benchMCP calls a tool over the protocol, a page a call, walking on by
// the cursor and starting over at the end: on a copy of the book named by
// TEND_BENCH_BOOK (a 100,000-customer demo book), scored in full first as
// the board scores it each day, else skipped. The client is in this
// process, on the SDK's in-memory pipes. The first call, which finds
// nothing read before it, is reported apart too (first-cpu-ms).
func benchMCP(b *testing.B, tool string, args map[string]any) {
	path := os.Getenv("TEND_BENCH_BOOK")
	if path == "" {
		b.Skip("TEND_BENCH_BOOK names no book")
	}
	book := copyOfBook(b, path)
	ctx := context.Background()
	bk, err := data.OpenShowing(ctx, book, false, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { bk.Close() })
	if _, err := bk.Rescore(ctx); err != nil {
		b.Fatal(err)
	}
	cs := connectClient(b, bk, false)
	start := processorTime()
	first := true
	for b.Loop() {
		res, err := cs.CallTool(ctx, &sdk.CallToolParams{Name: tool, Arguments: args})
		if err != nil || res.IsError {
			b.Fatal(err, res)
		}
		next, _ := res.StructuredContent.(map[string]any)["next_cursor"].(string)
		args["cursor"] = next
		if first {
			b.ReportMetric(float64((processorTime()-start).Microseconds())/1000, "first-cpu-ms")
			first = false
		}
	}
	b.ReportMetric(float64((processorTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkMCPRiskPage is the risk tool, 50 customers a call.
func BenchmarkMCPRiskPage(b *testing.B) { benchMCP(b, "risk", map[string]any{"limit": 50}) }

// BenchmarkMCPSearchPage is the search tool for a word many customers
// hold, 50 hits a call.
func BenchmarkMCPSearchPage(b *testing.B) {
	benchMCP(b, "search", map[string]any{"query": "müller", "limit": 50})
}

// BenchmarkMCPListPage is list_customers by urgency, 50 a call.
func BenchmarkMCPListPage(b *testing.B) {
	benchMCP(b, "list_customers", map[string]any{"sort": "urgency", "limit": 50})
}

// copyOfBook copies the book at path into the benchmark's folder, so
// that a benchmark never writes the reference book.
func copyOfBook(b *testing.B, path string) string {
	b.Helper()
	from, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer from.Close()
	book := filepath.Join(b.TempDir(), "book.db")
	to, err := os.Create(book)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(to, from); err != nil {
		b.Fatal(err)
	}
	if err := to.Close(); err != nil {
		b.Fatal(err)
	}
	return book
}
