// Package mcp serves a book to an assistant over the Model Context
// Protocol: the protocol's side of it (tools, their paging and errors,
// resources, prompts). What each tool reads or writes is the command
// line's own, which adds the tools: an assistant sees the same objects
// as tend's --json, checked by the same rules.
package mcp

import (
	"context"
	"errors"
	"reflect"
	"strings"

	"github.com/google/jsonschema-go/jsonschema"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"tend/data"
	"tend/ui/words"
)

// Assistant marks the changes an assistant makes in the audit trail and
// on the timeline, beside the user it works for: the same in every
// language, as what a book stores is.
const Assistant = "assistant (mcp)"

// AssistantOf is who an assistant's changes are recorded as: the user
// and the mark, "alice · assistant (mcp)".
func AssistantOf(user string) string {
	if user == "" {
		return Assistant
	}
	return user + " · " + Assistant
}

// Options say how the server speaks.
type Options struct {
	Version      string             // tend's version, as the client is told
	Instructions string             // what the client is told of the tools' data
	Say          func(error) string // an error in the user's words
	AllowWrites  bool               // offer the tools that change the book
	// Schemas are the JSON schemas of the types that write their JSON by
	// hand, which their Go fields do not describe.
	Schemas map[reflect.Type]*jsonschema.Schema
}

// Server is a book served to one client.
type Server struct {
	sdk  *sdk.Server
	book *data.Book
	opt  Options
}

// New serves the book; its tools, resources and prompts are added next.
func New(b *data.Book, opt Options) *Server {
	s := sdk.NewServer(&sdk.Implementation{Name: "tend", Version: opt.Version},
		&sdk.ServerOptions{Instructions: opt.Instructions})
	return &Server{sdk: s, book: b, opt: opt}
}

// Book is the book served.
func (s *Server) Book() *data.Book { return s.book }

// Run serves the client on the transport until it leaves.
func (s *Server) Run(ctx context.Context, t sdk.Transport) error {
	return s.sdk.Run(ctx, t)
}

// Connect serves the client on the transport in the background, for a
// test's client in the same process.
func (s *Server) Connect(ctx context.Context, t sdk.Transport) (*sdk.ServerSession, error) {
	return s.sdk.Connect(ctx, t, nil)
}

// Read adds a tool that only reads the book.
func Read[In, Out any](s *Server, name, description string, fn func(context.Context, *data.Book, In) (Out, error)) {
	t := &sdk.Tool{Name: name, Description: description, InputSchema: inputSchema[In](), OutputSchema: outputSchema[Out](s),
		Annotations: &sdk.ToolAnnotations{ReadOnlyHint: true, OpenWorldHint: new(false)}}
	sdk.AddTool(s.sdk, t, handler(s, fn))
}

// Write adds a tool that changes the book, where writes are allowed:
// without them the client is not offered it at all. No tool erases.
func Write[In, Out any](s *Server, name, description string, fn func(context.Context, *data.Book, In) (Out, error)) {
	if !s.opt.AllowWrites {
		return
	}
	t := &sdk.Tool{Name: name, Description: description, InputSchema: inputSchema[In](), OutputSchema: outputSchema[Out](s),
		Annotations: &sdk.ToolAnnotations{DestructiveHint: new(false), OpenWorldHint: new(false)}}
	sdk.AddTool(s.sdk, t, handler(s, fn))
}

// outputSchema describes a tool's result, with the server's schemas for
// the types that write their JSON by hand. A type it cannot describe is
// a mistake in the program, found the first time any tool is added.
func outputSchema[Out any](s *Server) *jsonschema.Schema {
	schema, err := jsonschema.For[Out](&jsonschema.ForOptions{TypeSchemas: s.opt.Schemas})
	if err != nil {
		panic(err)
	}
	return schema
}

// inputSchema describes a tool's input, each field by the message its
// about tag names, in the user's language.
func inputSchema[In any]() *jsonschema.Schema {
	schema, err := jsonschema.For[In](nil)
	if err != nil {
		panic(err)
	}
	describeFields(reflect.TypeFor[In](), schema)
	return schema
}

// describeFields describes the properties of the struct type's fields,
// its embedded structs' included.
func describeFields(t reflect.Type, schema *jsonschema.Schema) {
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch p := schema.Properties[name]; {
		case f.Anonymous && f.Type.Kind() == reflect.Struct:
			describeFields(f.Type, schema)
		case p != nil && f.Tag.Get("about") != "":
			p.Description = words.T(f.Tag.Get("about"))
		}
	}
}

// handler runs fn on the book; its error is the tool's, said as the
// command line says it.
func handler[In, Out any](s *Server, fn func(context.Context, *data.Book, In) (Out, error)) sdk.ToolHandlerFor[In, Out] {
	return func(ctx context.Context, _ *sdk.CallToolRequest, in In) (*sdk.CallToolResult, Out, error) {
		out, err := fn(ctx, s.book, in)
		if err != nil {
			var none Out
			return nil, none, errors.New(s.opt.Say(err))
		}
		return nil, out, nil
	}
}
