package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// ownAbout says what a key of a person's own settings is.
func ownAbout(key string) string {
	switch key {
	case data.PrefBoardCompact:
		return words.T("cli.settings.own.board-compact")
	case data.PrefLang:
		return words.T("language.setting.what")
	}
	return words.T("cli.settings.own.board-sort")
}

// ownValue is a key's value as the file has it, or its default marked
// as such.
func ownValue(p data.Prefs, key string) string {
	if p.IsSet(key) {
		return p.Get(key)
	}
	if key == data.PrefLang {
		return words.T("language.setting.unset", words.V{"Language": words.Language()})
	}
	return words.T("cli.settings.default", words.V{"Value": p.Get(key)})
}

// loadOwn reads the person's settings file; a damaged one still gives
// the defaults, with the error.
func loadOwn() (data.Prefs, error) {
	path, err := data.PrefsPath()
	if err != nil {
		return data.Prefs{}, err
	}
	return data.LoadPrefs(path)
}

// listOwn writes the person's own settings under their heading, as
// listSettings writes the book's.
func listOwn(w io.Writer) error {
	p, err := loadOwn()
	var b strings.Builder
	b.WriteString("\n" + words.T("cli.settings.own.own-heading", words.V{"Path": p.Path()}) + "\n")
	if err != nil {
		b.WriteString(words.T("cli.settings.own.unreadable", words.V{"Problem": phrase(err)}) + "\n")
	}
	for _, k := range data.PrefKeys() {
		fmt.Fprintf(&b, "%s = %s\n  %s\n", k.Key, ownValue(p, k.Key), ownAbout(k.Key))
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// showOwn writes one of the person's own settings with what it accepts.
func showOwn(w io.Writer, key string) error {
	p, err := loadOwn()
	if err != nil && p.Path() == "" {
		return err
	}
	for _, k := range data.PrefKeys() {
		if k.Key == key {
			_, err = fmt.Fprintf(w, "%s = %s\n  %s; %s\n", key, ownValue(p, key), ownAbout(key),
				words.T("cli.settings.own.choices", words.V{"Choices": strings.Join(k.Choices, ", ")}))
		}
	}
	return err
}

// changeOwn sets (or, with reset, unsets) one of the person's own
// settings and keeps it in their file; a damaged file is left as it is.
func changeOwn(w io.Writer, key, value string, reset bool) error {
	p, err := loadOwn()
	if err != nil {
		return err
	}
	if reset {
		err = p.Reset(key)
	} else {
		err = p.Set(key, value)
	}
	if err == nil {
		err = p.Save()
	}
	if err != nil {
		return err
	}
	if reset {
		_, err = fmt.Fprintln(w, words.T("cli.settings.reset-done", words.V{"Key": key}))
		return err
	}
	_, err = fmt.Fprintln(w, words.T("cli.settings.own.set", words.V{"Key": key, "Value": p.Get(key), "Path": p.Path()}))
	return err
}

// unknownSetting is the error for a key that is no setting of either
// kind, naming the nearest key when one is near.
func unknownSetting(key string) error {
	var keys []string
	for _, k := range append(lifecycle.RuleKeys(), backupsKeep()) {
		keys = append(keys, k.Key)
	}
	for _, k := range data.PrefKeys() {
		keys = append(keys, k.Key)
	}
	if like, ok := lifecycle.Nearest(key, keys); ok {
		return errors.New(words.T("cli.settings.own.unknown-like", words.V{"Key": key, "Like": like}))
	}
	return errors.New(words.T("cli.settings.unknown", words.V{"Key": key}))
}
