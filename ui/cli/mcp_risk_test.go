package cli

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"tend/data"
	"tend/ui/words/wordstest"
)

// walkTool calls a listing tool a page at a time, by the cursor, and
// gives the items of the list in the answer, in order.
func walkTool(t *testing.T, cs *sdk.ClientSession, tool, list string, args map[string]any) []any {
	t.Helper()
	all := []any{}
	for pages := 0; ; pages++ {
		var page map[string]any
		toolJSON(t, cs, tool, args, &page)
		items, _ := page[list].([]any)
		all = append(all, items...)
		cursor, _ := page["next_cursor"].(string)
		if cursor == "" || pages > 1000 {
			return all
		}
		args["cursor"] = cursor
	}
}

func TestMCPRiskPagesAreTendRisk(t *testing.T) {
	db := demoBook(t, 160)
	b, err := data.OpenShowing(context.Background(), db, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := b.RiskPage(context.Background(), "", nil, 5); !ok || err != nil {
		t.Fatalf("the demo book's risk is not read a page at a time: %v, %v", ok, err)
	}
	b.Close()
	cs := mcpSession(t, db, false)
	for _, c := range []struct {
		args map[string]any
		cli  []string
	}{
		{map[string]any{"limit": 7}, nil},
		{map[string]any{"limit": 3, "flag": "at-risk"}, []string{"--flag", "at-risk"}},
		{map[string]any{"limit": 5, "flag": "win-back"}, []string{"--flag", "win-back"}},
		{map[string]any{"limit": 9, "as_of": "-20d"}, []string{"--as-of", "-20d"}},
		{map[string]any{"limit": 4, "as_of": "-90d", "flag": "at-risk"}, []string{"--as-of", "-90d", "--flag", "at-risk"}},
	} {
		walked := walkTool(t, cs, "risk", "customers", c.args)
		command := mustTend(t, db, append([]string{"risk", "--json"}, c.cli...)...)
		var listed []any
		json.Unmarshal([]byte(command), &listed)
		if len(listed) < 2 {
			t.Errorf("tend risk %v lists %d customers: too few to page", c.cli, len(listed))
		}
		sameJSON(t, "risk "+mustJSON(t, c.args), walked, command)
	}
}

func TestMCPTriageAsOfADayListsThatDaysFlags(t *testing.T) {
	db := demoBook(t, 120)
	cs := mcpSession(t, db, false)
	var flagged []riskOutput
	json.Unmarshal([]byte(mustTend(t, db, "risk", "--json", "--as-of", "-30d")), &flagged)
	flagsOf := map[int64][]string{}
	for _, f := range flagged {
		for _, flag := range f.Flags {
			flagsOf[f.ID] = append(flagsOf[f.ID], mustJSON(t, flag))
		}
	}
	listed := walkTool(t, cs, "triage_list", "customers", map[string]any{"as_of": "-30d", "limit": 6})
	if len(listed) == 0 {
		t.Fatal("nobody on the list as of 30 days ago")
	}
	for _, item := range listed {
		var e triageRecord
		json.Unmarshal([]byte(mustJSON(t, item)), &e)
		if !slices.Contains(flagsOf[e.ID], mustJSON(t, e.Flag)) {
			t.Errorf("%s is listed as of 30 days ago by a flag tend risk --as-of does not give it: %+v", e.Name, e.Flag)
		}
	}
	res := callTool(t, cs, "triage_list", map[string]any{"as_of": "someday"})
	if want := commandError(t, db, "risk", "--as-of", "someday"); !res.IsError || toolText(res) != want {
		t.Errorf("a bad as_of: %q, want the command line's %q", toolText(res), want)
	}
}

func TestMCPShowsTheTimelineAPageAtATime(t *testing.T) {
	db := demoBook(t, 40)
	cs := mcpSession(t, db, false)
	var shown shownCustomer
	json.Unmarshal([]byte(mustTend(t, db, "show", "5", "--json")), &shown)
	entries := len(shown.Contacts) + len(shown.Purchases) + len(shown.PhaseChanges)
	if entries < 5 {
		t.Fatalf("customer 5 has %d entries: too few to page", entries)
	}
	var contacts, purchases []int64
	var moves []data.PhaseChangeRecord
	args := map[string]any{"customer": "5", "limit": 2}
	for pages := 1; ; pages++ {
		var page customerOut
		toolJSON(t, cs, "show_customer", args, &page)
		if n := len(page.Contacts) + len(page.Purchases) + len(page.PhaseChanges); n > 2 || n == 0 {
			t.Fatalf("page %d holds %d entries", pages, n)
		}
		for _, c := range page.Contacts {
			contacts = append(contacts, c.ID)
		}
		for _, p := range page.Purchases {
			purchases = append(purchases, p.ID)
		}
		moves = append(moves, page.PhaseChanges...)
		if page.NextCursor == "" {
			if pages != (entries+1)/2 {
				t.Errorf("%d pages for %d entries", pages, entries)
			}
			break
		}
		args["cursor"] = page.NextCursor
	}
	// The most recent first: each list as show gives it, backwards.
	for _, c := range []struct {
		what      string
		got, want []int64
	}{
		{"contacts", contacts, entryIDs(shown.Contacts, func(c data.ContactRecord) int64 { return c.ID })},
		{"purchases", purchases, entryIDs(shown.Purchases, func(p data.PurchaseRecord) int64 { return p.ID })},
	} {
		slices.Reverse(c.want)
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s: the pages gave %v, show most recent first %v", c.what, c.got, c.want)
		}
	}
	slices.Reverse(shown.PhaseChanges)
	if !slices.Equal(moves, shown.PhaseChanges) {
		t.Errorf("phase changes: the pages gave %v, show most recent first %v", moves, shown.PhaseChanges)
	}
}

func entryIDs[T any](items []T, id func(T) int64) []int64 {
	ids := []int64{}
	for _, x := range items {
		ids = append(ids, id(x))
	}
	return ids
}

// TestMCPDescriptionsComeFromTheCatalog reads what the server tells a
// client in the pseudo-language: a word outside the markers was written
// outside the catalog, and would not be said in the user's language.
func TestMCPDescriptionsComeFromTheCatalog(t *testing.T) {
	wordstest.Pseudo(t)
	cs := mcpSession(t, emptyBook(t), true)
	ctx := context.Background()
	said := map[string]string{"instructions": cs.InitializeResult().Instructions}
	for tool, err := range cs.Tools(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		said["tool "+tool.Name] = tool.Description
		var input struct {
			Properties map[string]struct{ Description string } `json:"properties"`
		}
		json.Unmarshal([]byte(mustJSON(t, tool.InputSchema)), &input)
		for name, p := range input.Properties {
			said["input "+tool.Name+"."+name] = p.Description
		}
	}
	for r, err := range cs.Resources(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		said["resource "+r.Name] = r.Title + "\n" + r.Description
	}
	for r, err := range cs.ResourceTemplates(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		said["resource "+r.Name] = r.Title + "\n" + r.Description
	}
	for p, err := range cs.Prompts(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		said["prompt "+p.Name] = p.Title + "\n" + p.Description
	}
	for what, text := range said {
		if unmarked := wordstest.Unmarked(text); len(unmarked) > 0 {
			t.Errorf("%s says %v outside the catalog: %q", what, unmarked, text)
		}
	}
}
