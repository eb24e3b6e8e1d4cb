package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"tend/data"
	"tend/ui/mcp"
	"tend/ui/words"
)

// promptListLimit is how many customers of the re-engagement list the
// day's plan is given: a day's worth, not a book's.
const promptListLimit = 20

// addBookResources offers each customer and the lifecycle as resources:
// the text the user reads (show's, in their language, with me as show's
// "me") and the tools' JSON.
func addBookResources(s *mcp.Server, me string) {
	mcp.Customers(s, func(ctx context.Context, b *data.Book, id int64) (mcp.Contents, error) {
		c, err := b.Customer(ctx, id)
		if err != nil {
			return mcp.Contents{}, err
		}
		r, err := readCustomer(ctx, b, c)
		if err != nil {
			return mcp.Contents{}, err
		}
		currency, err := b.Currency(ctx)
		if err != nil {
			return mcp.Contents{}, err
		}
		var text strings.Builder
		err = showText(&text, c, r.history, r.lifecycle, b.Now(), currency, me)
		out := customerOut{shownCustomer: newShownCustomer(c, r.history, r.lifecycle), Outlook: r.outlook}
		return mcp.Contents{Text: text.String(), JSON: out}, err
	})
	mcp.Phases(s, func(ctx context.Context, b *data.Book) (mcp.Contents, error) {
		lc, err := b.Lifecycle(ctx)
		if err != nil {
			return mcp.Contents{}, err
		}
		var text strings.Builder
		err = printPhases(&text, lc)
		return mcp.Contents{Text: text.String(), JSON: newPhasesOut(lc)}, err
	})
}

// addPrompts offers the prompts, each its request in the user's language
// followed by what the tools say of the book; me is the user whose
// customers come first on the re-engagement list.
func addPrompts(s *mcp.Server, me string, reading *flaggedReading) {
	mcp.AddPrompt(s, mcp.Prompt{Name: "prepare_call", Title: words.T("mcp.prompt.call-title"), Description: words.T("mcp.prompt.call-title"),
		Argument: "customer", About: words.T("mcp.prompt.customer"),
		Gather: func(ctx context.Context, b *data.Book, ref string) (string, error) {
			return customerPrompt(ctx, b, ref, func(name string) string { return words.T("mcp.prompt.call", words.V{"Name": name}) })
		}})
	mcp.AddPrompt(s, mcp.Prompt{Name: "win_back", Title: words.T("mcp.prompt.win-back-title"), Description: words.T("mcp.prompt.win-back-title"),
		Argument: "customer", About: words.T("mcp.prompt.customer"),
		Gather: func(ctx context.Context, b *data.Book, ref string) (string, error) {
			return customerPrompt(ctx, b, ref, func(name string) string { return words.T("mcp.prompt.win-back", words.V{"Name": name}) })
		}})
	mcp.AddPrompt(s, mcp.Prompt{Name: "plan_day", Title: words.T("mcp.prompt.day-title"), Description: words.T("mcp.prompt.day-title"),
		Gather: func(ctx context.Context, b *data.Book, _ string) (string, error) {
			agenda, err := agendaTool(ctx, b, agendaIn{})
			if err != nil {
				return "", err
			}
			list, err := triageTool(me, reading)(ctx, b, riskIn{Page: mcp.Page{Limit: promptListLimit}})
			if err != nil {
				return "", err
			}
			return withJSON(words.T("mcp.prompt.day"), map[string]any{"agenda": agenda, "re_engagement": list.Customers})
		}})
}

// customerPrompt is the request about the customer ref names, said with
// its name quoted (a name is data, never part of the request), followed
// by the customer as show_customer gives it, the latest page of its
// timeline.
func customerPrompt(ctx context.Context, b *data.Book, ref string, request func(name string) string) (string, error) {
	c, err := b.Resolve(ctx, ref)
	if err != nil {
		return "", err
	}
	out, err := readCustomerPage(ctx, b, c, mcp.Page{})
	if err != nil {
		return "", err
	}
	return withJSON(request(fmt.Sprintf("%q", c.Name)), out)
}

// withJSON is the request followed by the data, as indented JSON in a
// fenced block, so that what the book holds is told apart from the
// request.
func withJSON(request string, v any) (string, error) {
	j, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s\n\n```json\n%s\n```\n", request, j), nil
}
