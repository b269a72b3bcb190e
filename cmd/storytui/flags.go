package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// parseInterleaved parses flags that may come before, between or after
// the positional arguments ("search Kislyak --json" reads as naturally as
// "search --json Kislyak"); a "--" ends flag parsing. It returns the
// positional arguments, or flag.ErrHelp after printing help.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		// fs.Parse stops at the first positional argument, or just after
		// a "--", which makes everything after it positional.
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// newFlagSet makes a FlagSet that prints help to w and reports errors
// instead of exiting, so run can choose the exit status.
func newFlagSet(name, help string, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {
		fmt.Fprint(w, help)
		fmt.Fprintln(w, "\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

// exitCode maps a flag parsing error to an exit status: --help is a
// success, anything else a usage error.
func exitCode(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}
