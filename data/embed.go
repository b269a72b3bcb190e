// Package data holds the default corpus: the two seed articles storytui
// opens on when it is started with no paths. They ship byte for byte as
// they were scraped, so the cleaning code is exercised on real furniture.
package data

import "embed"

// FS holds the default corpus articles (*.txt).
//
//go:embed *.txt
var FS embed.FS
