package cli

import (
	"cmp"
	"context"
	"errors"
	"reflect"
	"strconv"
	"time"

	"github.com/spf13/pflag"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/mcp"
	"tend/ui/words"
)

type logIn struct {
	customerIn
	Kind      string `json:"kind" about:"mcp.field.kind"`
	Summary   string `json:"summary" about:"mcp.field.summary"`
	At        string `json:"at,omitempty" about:"mcp.field.log-at"`
	Direction string `json:"direction,omitempty" about:"mcp.field.direction"`
	Sentiment string `json:"sentiment,omitempty" about:"mcp.field.sentiment"`
	Moment    bool   `json:"moment,omitempty" about:"mcp.field.moment"`
	FollowUp  string `json:"follow_up,omitempty" about:"mcp.field.follow-up"`
}

type buyIn struct {
	customerIn
	Amount   string `json:"amount" about:"mcp.field.amount"`
	Currency string `json:"currency,omitempty" about:"mcp.field.currency"`
	Note     string `json:"note,omitempty" about:"mcp.field.buy-note"`
	At       string `json:"at,omitempty" about:"mcp.field.buy-at"`
}

type moveIn struct {
	customerIn
	Phase  string `json:"phase" about:"mcp.field.move-phase"`
	Reason string `json:"reason,omitempty" about:"mcp.field.reason"`
	Note   string `json:"note,omitempty" about:"mcp.field.move-note"`
}

// profileIn are the customer's fields add_customer and edit_customer
// take; what is left out is left as it is. Each names the flag of tend add
// and tend edit it is read as (flag), so that it is read by the same
// rules; every flag of theirs has its field (TestEveryProfileFlagIsAField).
type profileIn struct {
	Company      *string  `json:"company,omitempty" flag:"company"`
	Email        *string  `json:"email,omitempty" flag:"email"`
	Phone        *string  `json:"phone,omitempty" flag:"phone"`
	Owner        *string  `json:"owner,omitempty" flag:"owner"`
	Value        *string  `json:"value,omitempty" flag:"value" about:"mcp.field.value"`
	Tags         []string `json:"tags,omitempty" flag:"tag" about:"mcp.field.tags"`
	Promoter     *bool    `json:"promoter,omitempty" flag:"promoter"`
	DoNotContact *bool    `json:"do_not_contact,omitempty" flag:"do-not-contact"`
	GivenName    *string  `json:"given_name,omitempty" flag:"given-name"`
	FamilyName   *string  `json:"family_name,omitempty" flag:"family-name"`
	Salutation   *string  `json:"salutation,omitempty" flag:"salutation"`
	Street       *string  `json:"street,omitempty" flag:"street"`
	Postcode     *string  `json:"postcode,omitempty" flag:"postcode"`
	City         *string  `json:"city,omitempty" flag:"city"`
	Region       *string  `json:"region,omitempty" flag:"region"`
	Country      *string  `json:"country,omitempty" flag:"country"`
	Language     *string  `json:"language,omitempty" flag:"language"`
	AddEmails    []string `json:"add_emails,omitempty" flag:"add-email" about:"mcp.field.add-emails"`
	AddPhones    []string `json:"add_phones,omitempty" flag:"add-phone" about:"mcp.field.add-phones"`
}

type addIn struct {
	Name  string `json:"name" about:"mcp.field.add-name"`
	Phase string `json:"phase,omitempty" about:"mcp.field.add-phase"`
	profileIn
}

type editIn struct {
	customerIn
	Name         *string  `json:"name,omitempty" flag:"name" about:"mcp.field.edit-name"`
	AddTags      []string `json:"add_tags,omitempty" flag:"add-tag"`
	RemoveTags   []string `json:"remove_tags,omitempty" flag:"remove-tag"`
	RemoveEmails []string `json:"remove_emails,omitempty" flag:"remove-email" about:"mcp.field.remove-emails"`
	RemovePhones []string `json:"remove_phones,omitempty" flag:"remove-phone" about:"mcp.field.remove-phones"`
	profileIn
}

type followUpIn struct {
	ContactID int64  `json:"contact_id" about:"mcp.field.contact-id"`
	When      string `json:"when" about:"mcp.field.when"`
}

type snoozeIn struct {
	customerIn
	Until string `json:"until" about:"mcp.field.until"`
}

// written names what a write made or changed, for taking it back.
type written struct {
	CustomerID int64  `json:"customer_id"`
	Customer   string `json:"customer"`
	ContactID  int64  `json:"contact_id,omitempty"`
	PurchaseID int64  `json:"purchase_id,omitempty"`
	From       string `json:"from,omitempty"`
	To         string `json:"to,omitempty"`
	Until      string `json:"until,omitempty"`
}

// addWritingTools offers the tools that change the book, each one change
// in one transaction, recorded as the assistant's. None erases.
func addWritingTools(s *mcp.Server) {
	mcp.Write(s, "log_contact", toolAbout(words.T("mcp.tool.log-contact")), logTool)
	mcp.Write(s, "record_purchase", toolAbout(words.T("mcp.tool.record-purchase")), buyTool)
	mcp.Write(s, "move_customer", toolAbout(words.T("mcp.tool.move-customer")), moveTool)
	mcp.Write(s, "add_customer", toolAbout(words.T("mcp.tool.add-customer")), addTool)
	mcp.Write(s, "edit_customer", toolAbout(words.T("mcp.tool.edit-customer")), editTool)
	mcp.Write(s, "set_follow_up", toolAbout(words.T("mcp.tool.set-follow-up")), followUpTool)
	mcp.Write(s, "snooze", toolAbout(words.T("mcp.tool.snooze")), snoozeTool)
}

func logTool(ctx context.Context, b *data.Book, in logIn) (written, error) {
	f := logFlags{kind: in.Kind, summary: in.Summary, at: cmp.Or(in.At, "now"), direction: cmp.Or(in.Direction, "out"),
		sentiment: cmp.Or(in.Sentiment, "neutral"), followUp: in.FollowUp, moment: in.Moment}
	c, err := f.contact(b.Now())
	if err != nil {
		return written{}, err
	}
	customer, err := b.Resolve(ctx, in.Customer)
	if err != nil {
		return written{}, err
	}
	id, err := logContact(ctx, b, customer, c)
	return written{CustomerID: customer.ID, Customer: customer.Name, ContactID: id}, err
}

func buyTool(ctx context.Context, b *data.Book, in buyIn) (written, error) {
	p, err := purchase(in.Amount, cmp.Or(in.At, "now"), cmp.Or(in.Currency, lifecycle.DefaultCurrency), in.Note, b.Now())
	if err != nil {
		return written{}, err
	}
	customer, err := b.Resolve(ctx, in.Customer)
	if err != nil {
		return written{}, err
	}
	id, err := addPurchase(ctx, b, customer, p)
	return written{CustomerID: customer.ID, Customer: customer.Name, PurchaseID: id}, err
}

func moveTool(ctx context.Context, b *data.Book, in moveIn) (written, error) {
	customer, err := b.Resolve(ctx, in.Customer)
	if err != nil {
		return written{}, err
	}
	change, _, err := moveCustomer(ctx, b, customer, in.Phase, in.Reason, in.Note)
	return written{CustomerID: customer.ID, Customer: customer.Name, From: change.From, To: change.To}, err
}

func addTool(ctx context.Context, b *data.Book, in addIn) (written, error) {
	typed, err := phaseTypedIn(ctx, b, in.Phase)
	if err != nil {
		return written{}, err
	}
	p, fs, err := profileFlagsOf(in, false)
	if err != nil {
		return written{}, err
	}
	id, err := addCustomer(ctx, b, lifecycle.Customer{Name: in.Name, Phase: typed}, p, fs)
	return written{CustomerID: id, Customer: in.Name}, err
}

func editTool(ctx context.Context, b *data.Book, in editIn) (written, error) {
	p, fs, err := profileFlagsOf(in, true)
	if err != nil {
		return written{}, err
	}
	if fs.NFlag() == 0 {
		return written{}, errors.New(words.T("cli.edit.nothing"))
	}
	customer, err := b.Resolve(ctx, in.Customer)
	if err != nil {
		return written{}, err
	}
	edited, err := editCustomer(ctx, b, customer, func(c *lifecycle.Customer) error { return p.apply(fs, c) })
	return written{CustomerID: customer.ID, Customer: edited.Name}, err
}

func followUpTool(ctx context.Context, b *data.Book, in followUpIn) (written, error) {
	to, err := parseWhenFlag("follow-up", in.When, b.Now(), lifecycle.Future)
	if err != nil {
		return written{}, err
	}
	step, err := b.MoveFollowUp(ctx, in.ContactID, to)
	if err != nil {
		return written{}, err
	}
	return written{CustomerID: step.CustomerID, Customer: step.Customer, ContactID: in.ContactID, To: to.Format(time.RFC3339)}, nil
}

func snoozeTool(ctx context.Context, b *data.Book, in snoozeIn) (written, error) {
	until, err := parseWhenFlag("until", in.Until, b.Now(), lifecycle.Future)
	if err != nil {
		return written{}, err
	}
	customer, err := b.Resolve(ctx, in.Customer)
	if err != nil {
		return written{}, err
	}
	_, err = b.Snooze(ctx, customer.ID, until)
	return written{CustomerID: customer.ID, Customer: customer.Name, Until: until.Format(time.DateOnly)}, err
}

// profileFlagsOf are the fields of in that name a flag (profileIn's and
// edit's), set as a user would type them, so that the input is read by
// the same rules as tend add's and tend edit's.
func profileFlagsOf(in any, editing bool) (*profileFlags, *pflag.FlagSet, error) {
	p := &profileFlags{}
	fs := pflag.NewFlagSet("profile", pflag.ContinueOnError)
	p.register(fs, editing)
	var err error
	eachFlagField(reflect.ValueOf(in), func(name string, v reflect.Value) {
		var values []string
		switch {
		case v.Kind() == reflect.Slice:
			values = v.Interface().([]string)
		case v.IsNil():
		case v.Elem().Kind() == reflect.Bool:
			values = []string{strconv.FormatBool(v.Elem().Bool())}
		default:
			values = []string{v.Elem().String()}
		}
		for _, value := range values {
			if err == nil {
				err = fs.Set(name, value)
			}
		}
	})
	return p, fs, err
}

// eachFlagField calls fn with each field of the struct v, its embedded
// structs' included, that names a flag, and the flag's name.
func eachFlagField(v reflect.Value, fn func(flag string, field reflect.Value)) {
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if name := f.Tag.Get("flag"); name != "" {
			fn(name, v.Field(i))
		} else if f.Anonymous && f.Type.Kind() == reflect.Struct {
			eachFlagField(v.Field(i), fn)
		}
	}
}
