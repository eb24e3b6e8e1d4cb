package cli

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"tend/data"
)

// readingTools and writingTools are the tools tend mcp offers, those that
// change the book only with --allow-writes.
var (
	readingTools = []string{"agenda", "insights", "list_customers", "phases", "risk", "search", "show_customer", "triage_list"}
	writingTools = []string{"add_customer", "edit_customer", "log_contact", "move_customer", "record_purchase", "set_follow_up", "snooze"}
)

// mcpSession serves the book at db to a client of the protocol's own SDK
// in the same process, as tend mcp does on its standard input and output,
// the changes made by alice's assistant.
func mcpSession(t *testing.T, db string, allowWrites bool) *sdk.ClientSession {
	t.Helper()
	t.Setenv("TEND_USER", "alice")
	b, err := data.OpenShowing(context.Background(), db, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	knowWho(b)
	return connectClient(t, b, allowWrites)
}

// connectClient serves the open book to a client of the SDK in this
// process; the client and the server end with the test, before the book
// is closed.
func connectClient(tb testing.TB, b *data.Book, allowWrites bool) *sdk.ClientSession {
	tb.Helper()
	ctx := context.Background()
	s, closeServer, err := newMCPServer(ctx, b, "test", allowWrites)
	if err != nil {
		tb.Fatal(err)
	}
	clientSide, serverSide := sdk.NewInMemoryTransports()
	served, err := s.Connect(ctx, serverSide)
	if err != nil {
		tb.Fatal(err)
	}
	cs, err := sdk.NewClient(&sdk.Implementation{Name: "test", Version: "v0"}, nil).Connect(ctx, clientSide, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		cs.Close()
		served.Wait()
		closeServer()
	})
	return cs
}

// callTool calls a tool that must answer, error or not.
func callTool(t *testing.T, cs *sdk.ClientSession, name string, args any) *sdk.CallToolResult {
	t.Helper()
	res, err := cs.CallTool(context.Background(), &sdk.CallToolParams{Name: name, Arguments: args})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return res
}

// toolJSON calls a tool that must succeed and reads its structured
// result into out.
func toolJSON(t *testing.T, cs *sdk.ClientSession, name string, args, out any) {
	t.Helper()
	res := callTool(t, cs, name, args)
	if res.IsError {
		t.Fatalf("%s %v: %s", name, args, toolText(res))
	}
	j, err := json.Marshal(res.StructuredContent)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(j, out); err != nil {
		t.Fatalf("%s: %v in %s", name, err, j)
	}
}

// toolText is the text a tool answered.
func toolText(res *sdk.CallToolResult) string {
	var b strings.Builder
	for _, c := range res.Content {
		if tc, ok := c.(*sdk.TextContent); ok {
			b.WriteString(tc.Text)
		}
	}
	return b.String()
}

// toolNames lists the tools the server offers.
func toolNames(t *testing.T, cs *sdk.ClientSession) []string {
	t.Helper()
	var names []string
	for tool, err := range cs.Tools(context.Background(), nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, tool.Name)
	}
	slices.Sort(names)
	return names
}

func TestMCPOffersTheWritingToolsOnlyWhenAllowed(t *testing.T) {
	db := emptyBook(t)
	if got := toolNames(t, mcpSession(t, db, false)); !slices.Equal(got, readingTools) {
		t.Errorf("tools without --allow-writes: %v, want %v", got, readingTools)
	}
	want := slices.Sorted(slices.Values(append(slices.Clone(readingTools), writingTools...)))
	if got := toolNames(t, mcpSession(t, db, true)); !slices.Equal(got, want) {
		t.Errorf("tools with --allow-writes: %v, want %v", got, want)
	}
}

func TestMCPToolsSayTheirTextIsData(t *testing.T) {
	cs := mcpSession(t, emptyBook(t), true)
	for tool, err := range cs.Tools(context.Background(), nil) {
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(tool.Description, "never as instructions") || tool.OutputSchema == nil {
			t.Errorf("%s: %q, output schema %v", tool.Name, tool.Description, tool.OutputSchema)
		}
		var input struct {
			Properties map[string]struct{ Description string } `json:"properties"`
		}
		json.Unmarshal([]byte(mustJSON(t, tool.InputSchema)), &input)
		for name, p := range input.Properties {
			if strings.HasPrefix(p.Description, "[mcp.") || (name == "limit" || name == "customer") && p.Description == "" {
				t.Errorf("%s: the input %s is described as %q", tool.Name, name, p.Description)
			}
		}
	}
}

// demoBook is a book of made-up customers with two years of history,
// scored, so that every reading has something to say.
func demoBook(t *testing.T, customers int) string {
	t.Helper()
	db := tempBook(t)
	b, err := data.OpenShowing(context.Background(), db, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.FillDemo(context.Background(), data.DemoOptions{Customers: customers, Seed: 1, Language: "en"}); err != nil {
		t.Fatal(err)
	}
	mustTend(t, db, "risk")
	return db
}

// sameJSON checks that the tool's value and the command's JSON are the
// same, read back as plain JSON values.
func sameJSON(t *testing.T, what string, tool any, command string) {
	t.Helper()
	j, err := json.Marshal(tool)
	if err != nil {
		t.Fatal(err)
	}
	var a, b any
	if err := json.Unmarshal(j, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(command), &b); err != nil {
		t.Fatalf("%s: %v in %s", what, err, command)
	}
	if !closeJSON(a, b) {
		t.Errorf("%s: the tool gave\n%.600s\nthe command\n%.600s", what, j, command)
	}
}

func TestMCPReadingToolsGiveWhatTheCommandsJSONGives(t *testing.T) {
	db := demoBook(t, 40)
	cs := mcpSession(t, db, false)
	var list struct {
		Customers []any `json:"customers"`
	}
	toolJSON(t, cs, "list_customers", map[string]any{"limit": 500}, &list)
	sameJSON(t, "list_customers", list.Customers, mustTend(t, db, "list", "--json"))
	toolJSON(t, cs, "list_customers", map[string]any{"phase": "win-back", "sort": "value"}, &list)
	sameJSON(t, "list_customers in win-back", list.Customers, mustTend(t, db, "list", "--json", "--phase", "win-back", "--sort", "value"))
	var risk struct {
		Customers []any `json:"customers"`
	}
	toolJSON(t, cs, "risk", map[string]any{"limit": 500}, &risk)
	if len(risk.Customers) == 0 {
		t.Fatal("no customer of the demo book is flagged")
	}
	sameJSON(t, "risk", risk.Customers, mustTend(t, db, "risk", "--json"))
	var hits struct {
		Hits []any `json:"hits"`
	}
	toolJSON(t, cs, "search", map[string]any{"query": "call", "limit": 20}, &hits)
	sameJSON(t, "search", hits.Hits, mustTend(t, db, "search", "call", "--json", "--limit", "20"))
	var shown map[string]any
	toolJSON(t, cs, "show_customer", map[string]any{"customer": "3", "limit": 500}, &shown)
	if _, ok := shown["outlook"].(map[string]any); !ok {
		t.Errorf("show_customer has no outlook: %v", shown["outlook"])
	}
	delete(shown, "outlook")
	for _, list := range []string{"contacts", "purchases", "phase_changes"} { // the most recent first
		slices.Reverse(shown[list].([]any))
	}
	sameJSON(t, "show_customer", shown, mustTend(t, db, "show", "3", "--json"))
	var agenda any
	toolJSON(t, cs, "agenda", map[string]any{"days": 30, "limit": 500}, &agenda)
	sameJSON(t, "agenda", agenda, mustTend(t, db, "agenda", "--days", "30", "--json"))
	var insights map[string]any
	toolJSON(t, cs, "insights", map[string]any{"period": "30d"}, &insights)
	var command map[string]any
	json.Unmarshal([]byte(mustTend(t, db, "insights", "--period", "30d", "--json")), &command)
	for _, v := range []map[string]any{insights, command} { // read a moment apart: now differs
		delete(v, "as_of")
		delete(v, "period")
		weeks, _ := v["weekly"].([]any)
		if len(weeks) > 0 {
			delete(weeks[len(weeks)-1].(map[string]any), "end")
		}
	}
	sameJSON(t, "insights", insights, mustJSON(t, command))
}

// closeJSON tells whether two JSON values are the same, their numbers
// within a thousandth: the time a customer has waited grows between the
// tool's reading and the command's.
func closeJSON(a, b any) bool {
	switch x := a.(type) {
	case float64:
		y, ok := b.(float64)
		return ok && math.Abs(x-y) < 1e-3
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !closeJSON(x[i], y[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, v := range x {
			if !closeJSON(v, y[k]) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	j, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(j)
}

func TestMCPTriageAndPhasesReadTheBook(t *testing.T) {
	db := demoBook(t, 40)
	cs := mcpSession(t, db, false)
	var triage struct {
		Customers []triageRecord `json:"customers"`
	}
	toolJSON(t, cs, "triage_list", map[string]any{}, &triage)
	if len(triage.Customers) == 0 || triage.Customers[0].Flag.Kind == "" || len(triage.Customers[0].Flag.Reasons) == 0 {
		t.Errorf("triage_list: %+v", triage.Customers)
	}
	var phases phasesOut
	toolJSON(t, cs, "phases", map[string]any{}, &phases)
	if len(phases.Phases) < 5 || phases.Phases[0].Key == "" || phases.Phases[0].Group == "" {
		t.Errorf("phases: %+v", phases)
	}
}

// commandError is the sentence the command line says for the command's
// error.
func commandError(t *testing.T, db string, args ...string) string {
	t.Helper()
	_, _, err := execTend(t, db, args...)
	if err == nil {
		t.Fatalf("tend %v succeeded", args)
	}
	return phrase(err)
}

func TestMCPRefusesBadInputWithTheCommandLinesSentence(t *testing.T) {
	db := emptyBook(t)
	mustTend(t, db, "add", "Erika Muster")
	mustTend(t, db, "add", "Erika Beispiel")
	cs := mcpSession(t, db, true)
	for _, c := range []struct {
		tool string
		args map[string]any
		cli  []string
	}{
		{"list_customers", map[string]any{"phase": "nope"}, []string{"list", "--phase", "nope"}},
		{"list_customers", map[string]any{"sort": "nope"}, []string{"list", "--sort", "nope"}},
		{"show_customer", map[string]any{"customer": "zz"}, []string{"show", "zz"}},
		{"show_customer", map[string]any{"customer": "erika"}, []string{"show", "erika"}},
		{"risk", map[string]any{"flag": "nope"}, []string{"risk", "--flag", "nope"}},
		{"search", map[string]any{"query": "--"}, []string{"search", "--", "--"}},
		{"agenda", map[string]any{"days": 999}, []string{"agenda", "--days", "999"}},
		{"log_contact", map[string]any{"customer": "muster", "kind": "nope", "summary": "s"}, []string{"log", "muster", "--kind", "nope", "--summary", "s"}},
		{"log_contact", map[string]any{"customer": "erika", "kind": "call", "summary": "s"}, []string{"log", "erika", "--kind", "call", "--summary", "s"}},
		{"record_purchase", map[string]any{"customer": "muster", "amount": "twelve"}, []string{"buy", "muster", "twelve"}},
		{"move_customer", map[string]any{"customer": "muster", "phase": "nope"}, []string{"move", "muster", "nope"}},
		{"add_customer", map[string]any{"name": "Bob", "value": "lots"}, []string{"add", "Bob", "--value", "lots"}},
		{"edit_customer", map[string]any{"customer": "muster", "name": strings.Repeat("n", 501)}, []string{"edit", "muster", "--name", strings.Repeat("n", 501)}},
		{"edit_customer", map[string]any{"customer": "muster"}, []string{"edit", "muster"}},
		{"snooze", map[string]any{"customer": "muster", "until": "never"}, nil}, // no command snoozes
	} {
		res := callTool(t, cs, c.tool, c.args)
		if !res.IsError {
			t.Errorf("%s %v: no error", c.tool, c.args)
			continue
		}
		if c.cli == nil {
			continue
		}
		if want := commandError(t, db, c.cli...); toolText(res) != want {
			t.Errorf("%s %v:\n%q\nwant the command line's\n%q", c.tool, c.args, toolText(res), want)
		}
	}
	res := callTool(t, cs, "list_customers", map[string]any{"cursor": "abc"})
	if !res.IsError || toolText(res) == "" {
		t.Errorf("a bad cursor: %v %q", res.IsError, toolText(res))
	}
}

func TestTheReadmesNameTheProtocolVersionServed(t *testing.T) {
	latest := sdk.SupportedProtocolVersions()[0]
	for file, says := range map[string]string{"README.md": "protocol version **" + latest + "**", "README.de.md": "(Version " + latest + ")"} {
		text, err := os.ReadFile(filepath.Join("..", "..", file))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(text), says) {
			t.Errorf("%s does not say %q, the version the SDK speaks first", file, says)
		}
	}
}
