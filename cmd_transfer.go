package main

import (
	"github.com/spf13/cobra"
)

func newImportCmd(flags *bookFlags) *cobra.Command {
	return &cobra.Command{Use: "import", Short: "Import customers, contacts or purchases from CSV", Hidden: true}
}

func newExportCmd(flags *bookFlags) *cobra.Command {
	return &cobra.Command{Use: "export", Short: "Export customers, contacts or purchases", Hidden: true}
}
