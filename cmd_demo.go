package main

import (
	"github.com/spf13/cobra"
)

func newDemoCmd(flags *bookFlags) *cobra.Command {
	return &cobra.Command{Use: "demo", Short: "Fill an empty book with generated customers", Hidden: true}
}
