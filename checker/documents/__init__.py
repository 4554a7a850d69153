"""Articles as editors and statistics offices have them: Word (.docx), PDF, web pages (.html),
Markdown and plain text, each read by its own reader into one plain text that remembers where
every character stands (page, paragraph, table cell; offsets into the file for text formats).

    document = read_article(Path("bulletin.pdf"))   # raises UnreadableFile with the reason

The reader is chosen by what the file holds (its first bytes) and by its name; when the two
disagree (a .pdf that is a web page) the file is refused with a message saying so.
"""

from .registry import READERS, Reader, UnreadableFile, read_article

__all__ = ["READERS", "Reader", "UnreadableFile", "read_article"]
