package cli

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
)

func TestMCPPagingWalksEachListOnce(t *testing.T) {
	db := demoBook(t, 130)
	cs := mcpSession(t, db, false)
	var want []int64
	var all []struct {
		ID int64 `json:"id"`
	}
	json.Unmarshal([]byte(mustTend(t, db, "list", "--json")), &all)
	for _, c := range all {
		want = append(want, c.ID)
	}
	var got []int64
	cursor, pages := "", 0
	for {
		var page struct {
			Customers  []struct{ ID int64 } `json:"customers"`
			NextCursor string               `json:"next_cursor"`
		}
		toolJSON(t, cs, "list_customers", map[string]any{"limit": 40, "cursor": cursor}, &page)
		for _, c := range page.Customers {
			got = append(got, c.ID)
		}
		pages++
		if cursor = page.NextCursor; cursor == "" {
			break
		}
	}
	if !slices.Equal(got, want) || pages != (len(want)+39)/40 {
		t.Errorf("%d pages walked %v, want %v", pages, got, want)
	}
}

func TestMCPPagingWalksRiskAndSearchOnce(t *testing.T) {
	db := demoBook(t, 130)
	cs := mcpSession(t, db, false)
	var risk []struct {
		ID int64 `json:"id"`
	}
	json.Unmarshal([]byte(mustTend(t, db, "risk", "--json")), &risk)
	var hits []searchHitJSON
	json.Unmarshal([]byte(mustTend(t, db, "search", "a", "--json", "--limit", "120")), &hits)
	for _, c := range []struct {
		tool, list string
		args       map[string]any
		want       int
	}{{"risk", "customers", map[string]any{"limit": 7}, len(risk)}, {"search", "hits", map[string]any{"query": "a", "limit": 25}, len(hits)}} {
		seen := map[string]bool{}
		for cursor := "start"; cursor != ""; {
			if cursor != "start" {
				c.args["cursor"] = cursor
			}
			var page map[string]any
			toolJSON(t, cs, c.tool, c.args, &page)
			for _, item := range page[c.list].([]any) {
				key := mustJSON(t, item)
				if seen[key] {
					t.Errorf("%s: %s twice", c.tool, key)
				}
				seen[key] = true
			}
			cursor, _ = page["next_cursor"].(string)
		}
		if len(seen) < c.want || c.want < 10 {
			t.Errorf("%s: walked %d, the command lists %d", c.tool, len(seen), c.want)
		}
	}
}

func TestMCPRiskReadsTheBookAgainAfterAWrite(t *testing.T) {
	db := demoBook(t, 40)
	cs := mcpSession(t, db, false)
	type page struct {
		Customers []struct {
			ID int64 `json:"id"`
		} `json:"customers"`
	}
	var before, again, after page
	toolJSON(t, cs, "risk", map[string]any{}, &before)
	toolJSON(t, cs, "risk", map[string]any{}, &again)
	if len(before.Customers) == 0 || len(again.Customers) != len(before.Customers) {
		t.Fatalf("risk gave %d, then %d", len(before.Customers), len(again.Customers))
	}
	top := before.Customers[0].ID
	mustTend(t, db, "archive", fmt.Sprint(top))
	toolJSON(t, cs, "risk", map[string]any{}, &after)
	if len(after.Customers) == 0 || after.Customers[0].ID == top {
		t.Errorf("risk after %d was archived by another tend still lists it first", top)
	}
}
