package mcp

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"tend/data"
	"tend/ui/words"
)

// The resources' addresses: each customer by its id, and the lifecycle.
const (
	customerPrefix = "tend://customer/"
	PhasesURI      = "tend://phases"
)

// CustomerURI is the address of the customer with the id.
func CustomerURI(id int64) string { return customerPrefix + strconv.FormatInt(id, 10) }

// Contents is a resource twice: as the user reads it, in their language,
// and as the JSON the tools return.
type Contents struct {
	Text string
	JSON any
}

// Customers offers each customer as a resource, read by read.
func Customers(s *Server, read func(ctx context.Context, b *data.Book, id int64) (Contents, error)) {
	t := &sdk.ResourceTemplate{URITemplate: customerPrefix + "{id}", Name: "customer", Title: words.T("mcp.resource.customer-title"),
		Description: words.T("mcp.resource.customer"), MIMEType: "text/plain"}
	s.sdk.AddResourceTemplate(t, func(ctx context.Context, req *sdk.ReadResourceRequest) (*sdk.ReadResourceResult, error) {
		uri := req.Params.URI
		digits, ok := strings.CutPrefix(uri, customerPrefix)
		id, err := strconv.ParseInt(digits, 10, 64)
		if !ok || err != nil {
			return nil, sdk.ResourceNotFoundError(uri)
		}
		c, err := read(ctx, s.book, id)
		if err != nil {
			return nil, s.resourceError(uri, err)
		}
		return contents(uri, c)
	})
}

// Phases offers the lifecycle as a resource, read by read.
func Phases(s *Server, read func(ctx context.Context, b *data.Book) (Contents, error)) {
	r := &sdk.Resource{URI: PhasesURI, Name: "phases", Title: words.T("mcp.resource.phases-title"),
		Description: words.T("mcp.resource.phases"), MIMEType: "text/plain"}
	s.sdk.AddResource(r, func(ctx context.Context, _ *sdk.ReadResourceRequest) (*sdk.ReadResourceResult, error) {
		c, err := read(ctx, s.book)
		if err != nil {
			return nil, s.resourceError(PhasesURI, err)
		}
		return contents(PhasesURI, c)
	})
}

// resourceError is a missing customer as the protocol names it, any
// other error in the user's words.
func (s *Server) resourceError(uri string, err error) error {
	if errors.Is(err, data.ErrNotFound) {
		return sdk.ResourceNotFoundError(uri)
	}
	return errors.New(s.opt.Say(err))
}

func contents(uri string, c Contents) (*sdk.ReadResourceResult, error) {
	j, err := json.Marshal(c.JSON)
	if err != nil {
		return nil, err
	}
	return &sdk.ReadResourceResult{Contents: []*sdk.ResourceContents{
		{URI: uri, MIMEType: "text/plain", Text: c.Text},
		{URI: uri, MIMEType: "application/json", Text: string(j)},
	}}, nil
}
