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
	Kind      string `json:"kind" jsonschema:"call, email, meeting, message, social or note"`
	Summary   string `json:"summary" jsonschema:"what was said or done, in a sentence or a few"`
	At        string `json:"at,omitempty" jsonschema:"when it happened (now, yesterday, -3d, 2026-03-14 15:30); now when left out"`
	Direction string `json:"direction,omitempty" jsonschema:"out (we reached out, the default) or in (they did)"`
	Sentiment string `json:"sentiment,omitempty" jsonschema:"positive, neutral (the default) or negative"`
	Moment    bool   `json:"moment,omitempty" jsonschema:"a moment that matters to the customer, kept in view"`
	FollowUp  string `json:"follow_up,omitempty" jsonschema:"when to follow up (friday, +3d, 2026-03-20 10:00); none when left out"`
}

type buyIn struct {
	customerIn
	Amount   string `json:"amount" jsonschema:"the amount, such as 1200 or 1200.50"`
	Currency string `json:"currency,omitempty" jsonschema:"the ISO currency code; EUR when left out"`
	Note     string `json:"note,omitempty" jsonschema:"what was bought"`
	At       string `json:"at,omitempty" jsonschema:"when it was bought; now when left out"`
}

type moveIn struct {
	customerIn
	Phase  string `json:"phase" jsonschema:"the phase to move to (its key or label)"`
	Reason string `json:"reason,omitempty" jsonschema:"why: for a loss or a win-back one of the book's reasons (see tend reasons), else free text"`
	Note   string `json:"note,omitempty" jsonschema:"free text beside a listed reason"`
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
	Value        *string  `json:"value,omitempty" flag:"value" jsonschema:"what the customer is worth a year, such as 12000"`
	Tags         []string `json:"tags,omitempty" flag:"tag" jsonschema:"the customer's tags, replacing those it has"`
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
	AddEmails    []string `json:"add_emails,omitempty" flag:"add-email" jsonschema:"further e-mail addresses to add"`
	AddPhones    []string `json:"add_phones,omitempty" flag:"add-phone" jsonschema:"further phone numbers to add"`
}

type addIn struct {
	Name  string `json:"name" jsonschema:"the customer's name"`
	Phase string `json:"phase,omitempty" jsonschema:"the phase to start in; the lifecycle's first when left out"`
	profileIn
}

type editIn struct {
	customerIn
	Name         *string  `json:"name,omitempty" flag:"name" jsonschema:"a new name"`
	AddTags      []string `json:"add_tags,omitempty" flag:"add-tag"`
	RemoveTags   []string `json:"remove_tags,omitempty" flag:"remove-tag"`
	RemoveEmails []string `json:"remove_emails,omitempty" flag:"remove-email" jsonschema:"e-mail addresses to remove, the primary one too"`
	RemovePhones []string `json:"remove_phones,omitempty" flag:"remove-phone" jsonschema:"phone numbers to remove, the primary one too"`
	profileIn
}

type followUpIn struct {
	ContactID int64  `json:"contact_id" jsonschema:"the contact that set the follow-up (contact_id in agenda)"`
	When      string `json:"when" jsonschema:"the new day, and time if it has one (friday, +3d, 2026-03-20 10:00)"`
}

type snoozeIn struct {
	customerIn
	Until string `json:"until" jsonschema:"the day to keep the customer's flags quiet until (+2w, 2026-04-01)"`
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
