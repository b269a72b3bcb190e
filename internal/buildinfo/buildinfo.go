// Package buildinfo names the build of this storytui, for files that
// hold what its rules worked out and must not be trusted by another
// build: the stories top's key people, the people table's surname data.
package buildinfo

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"
)

// ID identifies this build: its module version and VCS revision (with
// the time and a mark for uncommitted changes), or, for a binary built
// without them (-buildvcs=false, a development build), the size and time
// of its executable file; "" when none of these can be read.
var ID = identity()

func identity() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		var id []string
		if v := info.Main.Version; v != "" && v != "(devel)" {
			id = append(id, v)
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision", "vcs.time", "vcs.modified":
				id = append(id, s.Value)
			}
		}
		if len(id) > 0 {
			return strings.Join(id, " ")
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("exe %d %d", fi.Size(), fi.ModTime().UnixNano())
}
