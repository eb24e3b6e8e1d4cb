package mcp

import (
	"context"
	"errors"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"tend/data"
)

// Prompt is a request the user can pick in the client, filled with what
// the book says: Gather writes the message, the user's words about the
// data and the data itself, from the prompt's arguments.
type Prompt struct {
	Name, Title, Description string
	// Argument names the one argument the prompt takes ("" for none),
	// described by About.
	Argument, About string
	Gather          func(ctx context.Context, b *data.Book, arg string) (string, error)
}

// AddPrompt offers the prompt.
func AddPrompt(s *Server, p Prompt) {
	sp := &sdk.Prompt{Name: p.Name, Title: p.Title, Description: p.Description}
	if p.Argument != "" {
		sp.Arguments = []*sdk.PromptArgument{{Name: p.Argument, Description: p.About, Required: true}}
	}
	s.sdk.AddPrompt(sp, func(ctx context.Context, req *sdk.GetPromptRequest) (*sdk.GetPromptResult, error) {
		text, err := p.Gather(ctx, s.book, req.Params.Arguments[p.Argument])
		if err != nil {
			return nil, errors.New(s.opt.Say(err))
		}
		return &sdk.GetPromptResult{Description: p.Description,
			Messages: []*sdk.PromptMessage{{Role: "user", Content: &sdk.TextContent{Text: text}}}}, nil
	})
}
