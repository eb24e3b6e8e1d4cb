package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

func newSettingsCmd(flags *bookFlags) *cobra.Command {
	var reset bool
	cmd := &cobra.Command{
		Use:     "settings " + words.T("cli.settings.use-args"),
		Short:   words.T("cli.settings.short"),
		Long:    words.T("cli.settings.long"),
		Example: words.T("cli.settings.example"),
		Args:    maxArgs(2),
	}
	cmd.Flags().BoolVar(&reset, "reset", false, words.T("cli.settings.flag.reset"))
	inBook := withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		out := cmd.OutOrStdout()
		switch {
		case len(args) > 0 && args[0] == meKey:
			return meSetting(ctx, b, out, args, reset)
		case reset:
			return resetSetting(ctx, b, out, args[0])
		case len(args) == 2:
			return changeSetting(ctx, b, out, args[0], args[1])
		}
		settings, err := b.Settings(ctx)
		if err != nil {
			return err
		}
		if len(args) == 1 {
			return showSetting(out, settings, args[0])
		}
		if _, err := fmt.Fprintln(out, words.T("cli.settings.own.book-heading", words.V{"Path": b.Path()})); err != nil {
			return quietPipe(err)
		}
		return quietPipe(errors.Join(listSettings(out, settings), listMe(ctx, b, out), listOwn(out)))
	})
	// A person's own setting is not in the book, so it needs none.
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		switch {
		case reset && len(args) != 1:
			return errors.New(words.T("cli.settings.reset-one-key"))
		case len(args) > 0 && data.IsPrefKey(args[0]):
			return ownSetting(cmd.OutOrStdout(), args, reset)
		}
		return inBook(cmd, args)
	}
	return cmd
}

// ownSetting shows, sets or resets one of the person's own settings, as
// args and reset say.
func ownSetting(out io.Writer, args []string, reset bool) error {
	if len(args) == 1 && !reset {
		return showOwn(out, args[0])
	}
	value := ""
	if len(args) == 2 {
		value = args[1]
	}
	return changeOwn(out, args[0], value, reset)
}

// backupsKeep describes the setting of the daily backups, which is no flag
// rule.
func backupsKeep() lifecycle.RuleKey {
	return lifecycle.RuleKey{Key: data.BackupsKeepKey,
		Description: words.T("cli.settings.backups-keep.what"),
		Accepts:     words.T("cli.settings.backups-keep.values"), Default: strconv.Itoa(data.DefaultBackupsKeep)}
}

// settingKey is a setting's key as typed; the pattern of the phases' own
// limits shows where the phase's key goes.
func settingKey(k lifecycle.RuleKey) string {
	if k.Each {
		return words.T("cli.settings.each-phase", words.V{"Prefix": k.Key})
	}
	return k.Key
}

// settingAccepts says what a setting accepts.
func settingAccepts(k lifecycle.RuleKey) string {
	if k.Wants == nil {
		return k.Accepts
	}
	return words.T("cli.settings.wants", words.V{"Want": k.Wants["Want"],
		"Min": words.Figure(k.Wants["Min"]), "Max": words.Figure(k.Wants["Max"])})
}

// settingAbout says what a setting is: a rule in the domain's words, the
// daily backups' in its own.
func settingAbout(k lifecycle.RuleKey) string {
	if k.Rule != "" {
		return words.Rule(k.Rule)
	}
	return k.Description
}

// ruleKeys are the listed settings: every rule, the phases' own limits the
// book has, and the daily backups'.
func ruleKeys(settings map[string]string) []lifecycle.RuleKey {
	keys := lifecycle.RuleKeys()
	for _, k := range slices.Sorted(maps.Keys(settings)) {
		if limit, ok := phaseLimit(k); ok {
			keys = append(keys, limit)
		}
	}
	return append(keys, backupsKeep())
}

// phaseLimit describes a phase's own limit, flags.phase-days.<phase key>,
// which RuleKeys lists last as a pattern; false for any other key.
func phaseLimit(key string) (lifecycle.RuleKey, bool) {
	keys := lifecycle.RuleKeys()
	pattern := keys[len(keys)-1]
	if !strings.HasPrefix(key, pattern.Key) {
		return lifecycle.RuleKey{}, false
	}
	return lifecycle.RuleKey{Key: key, Rule: pattern.Rule, Wants: pattern.Wants}, true
}

// listSettings writes each setting as tend settings KEY does, "key =
// value" with what it is below, so that no line is wider than a terminal.
func listSettings(w io.Writer, settings map[string]string) error {
	var b strings.Builder
	for _, k := range ruleKeys(settings) {
		fmt.Fprintf(&b, "%s = %s\n  %s\n", settingKey(k), settingValue(k, settings), settingAbout(k))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// settingValue is the value of a setting as the book has it, or its
// default marked as such.
func settingValue(k lifecycle.RuleKey, settings map[string]string) string {
	if v, ok := settings[k.Key]; ok {
		return v
	}
	if k.Default == "" {
		return "-"
	}
	return words.T("cli.settings.default", words.V{"Value": k.Default})
}

// showSetting writes one setting with what it accepts.
func showSetting(w io.Writer, settings map[string]string, key string) error {
	k, err := findRuleKey(key)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s = %s\n  %s; %s\n", settingKey(k), settingValue(k, settings), settingAbout(k), settingAccepts(k))
	return err
}

// findRuleKey finds the description of a setting, a phase's own limit
// included, and refuses keys that are no setting.
func findRuleKey(key string) (lifecycle.RuleKey, error) {
	for _, k := range append(lifecycle.RuleKeys(), backupsKeep()) {
		if k.Key == key {
			return k, nil
		}
	}
	k, ok := phaseLimit(key)
	if !ok {
		return k, unknownSetting(key)
	}
	// One day is a limit every phase accepts, so an error is about the key.
	_, err := lifecycle.RulesFromSettings(map[string]string{key: "1"})
	return k, err
}

// changeSetting checks a value by the rules and stores it; a bad value
// leaves the book as it was.
func changeSetting(ctx context.Context, b *data.Book, w io.Writer, key, value string) error {
	if _, err := findRuleKey(key); err != nil {
		return err
	}
	if err := checkSetting(key, value); err != nil {
		return err
	}
	if err := b.SetSetting(ctx, key, strings.TrimSpace(value)); err != nil {
		return fmt.Errorf("%s: %w", words.T("cli.settings.store-failed", words.V{"Key": key}), err)
	}
	_, err := fmt.Fprintf(w, "%s = %s\n", key, strings.TrimSpace(value))
	return err
}

func resetSetting(ctx context.Context, b *data.Book, w io.Writer, key string) error {
	if _, err := findRuleKey(key); err != nil {
		return err
	}
	if err := b.DeleteSetting(ctx, key); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, words.T("cli.settings.reset-done", words.V{"Key": key}))
	return err
}

// checkSetting checks a setting's value: the backups' by their own rule,
// the flags' by the rules.
func checkSetting(key, value string) error {
	if key == data.BackupsKeepKey {
		_, err := data.ParseBackupsKeep(value)
		return err
	}
	_, err := lifecycle.RulesFromSettings(map[string]string{key: value})
	return err
}
