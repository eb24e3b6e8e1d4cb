package words

// Rule says what a rule of the flags is, by its name (rule.about.<name>).
func Rule(name string) string { return T("rule.about." + name) }
