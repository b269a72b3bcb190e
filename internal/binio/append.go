package binio

import "encoding/binary"

// AppendStr appends s as Reader.Str reads it: its length, then its bytes.
func AppendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// AppendStrs appends ss as Reader.Strs reads it: a count, then each string.
func AppendStrs(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = AppendStr(b, s)
	}
	return b
}

// AppendBlock appends ss as Reader.Block reads them: the count, every
// length, then all the bytes. A long list reads back faster this way.
func AppendBlock(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = binary.AppendUvarint(b, uint64(len(s)))
	}
	for _, s := range ss {
		b = append(b, s...)
	}
	return b
}
