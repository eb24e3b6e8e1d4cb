package ui

// failure is a read or write that failed, said as the screens say it,
// with the error it wraps: what went wrong can still be asked of it.
type failure struct {
	said string
	err  error
}

// failed wraps err in the sentence said, which tells it with its reason.
func failed(said string, err error) error { return failure{said: said, err: err} }

func (f failure) Error() string { return f.said }
func (f failure) Unwrap() error { return f.err }
