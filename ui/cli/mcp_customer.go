package cli

import (
	"context"
	"slices"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/mcp"
	"tend/ui/words"
)

type showIn struct {
	customerIn
	mcp.Page
}

// customerOut is show_customer: the customer as show --json gives it,
// the timeline a page of it, and its outlook as risk --json would list
// it (flags empty where it has none).
type customerOut struct {
	shownCustomer
	Outlook riskOutput `json:"outlook"`
	// NextCursor reads on to the earlier entries of the timeline.
	NextCursor string `json:"next_cursor,omitempty"`
}

func showTool(ctx context.Context, b *data.Book, in showIn) (customerOut, error) {
	c, err := b.Resolve(ctx, in.Customer)
	if err != nil {
		return customerOut{}, err
	}
	return readCustomerPage(ctx, b, c, in.Page)
}

// readCustomerPage is the customer with a page of its timeline.
func readCustomerPage(ctx context.Context, b *data.Book, c lifecycle.Customer, p mcp.Page) (customerOut, error) {
	r, err := readCustomer(ctx, b, c)
	if err != nil {
		return customerOut{}, err
	}
	h, next, err := timelinePage(r.history, p)
	if err != nil {
		return customerOut{}, err
	}
	return customerOut{shownCustomer: newShownCustomer(c, h, r.lifecycle), Outlook: r.outlook, NextCursor: next}, nil
}

// customerReading is what the book says of a customer: its history, the
// lifecycle it is placed in and its outlook.
type customerReading struct {
	history   data.History
	lifecycle lifecycle.Lifecycle
	outlook   riskOutput
}

// readCustomer reads the customer's history and outlook, once.
func readCustomer(ctx context.Context, b *data.Book, c lifecycle.Customer) (customerReading, error) {
	h, err := b.History(ctx, c.ID)
	if err != nil {
		return customerReading{}, err
	}
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		return customerReading{}, err
	}
	outlooks, err := b.Outlooks(ctx, []int64{c.ID})
	if err != nil {
		return customerReading{}, err
	}
	o := outlooks[c.ID]
	f := data.Flagged{ID: c.ID, Name: c.Name, Phase: c.Phase, Flags: o.Flags, Forecast: o.Forecast, ValueForecast: o.ValueForecast, RFM: o.RFM}
	return customerReading{h, lc, newRiskOutput(f, newReasonWords(1, words.ReasonInEnglish))}, nil
}

// timelinePage is the page of the history's entries, the most recent
// first (as the board's timeline, without the edits), each list of the
// page the most recent first, and the cursor of the earlier entries.
func timelinePage(h data.History, p mcp.Page) (data.History, string, error) {
	events := slices.DeleteFunc(h.Events(), func(e data.Event) bool { return e.Edit != nil })
	page, next, err := mcp.Slice(events, p)
	out := data.History{Contacts: []lifecycle.Contact{}, Purchases: []lifecycle.Purchase{}, PhaseChanges: []lifecycle.PhaseChange{}}
	for _, e := range page {
		switch {
		case e.Contact != nil:
			out.Contacts = append(out.Contacts, *e.Contact)
		case e.Purchase != nil:
			out.Purchases = append(out.Purchases, *e.Purchase)
		default:
			out.PhaseChanges = append(out.PhaseChanges, *e.Change)
		}
	}
	return out, next, err
}
