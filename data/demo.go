package data

import (
	"context"
	"errors"
)

// DemoOptions sizes a generated demo book.
type DemoOptions struct {
	Customers int
	Seed      int64
	Preset    string
}

// FillDemo fills an empty book with generated customers.
func (b *Book) FillDemo(ctx context.Context, opt DemoOptions) error {
	return errors.New("demo books are not built yet")
}
