"""Typed errors: the library raises these, the command line turns each into one line."""


class NewsfactsError(Exception):
    """Base class of every error newsfacts raises on purpose."""


class InputError(NewsfactsError):
    """A file could not be read as an article (empty, binary, undecodable, too big, ...).

    The message says what is wrong in a few words; the caller adds the file name.
    """


class OutputError(NewsfactsError):
    """The output cannot be written where it was asked to go (a missing or read-only folder, ...).

    The message names the path; nothing has been written.
    """


class DataFileError(NewsfactsError, ValueError):
    """A data file of the package is malformed: unknown or missing key, wrong type, duplicate entry.

    The message names the file and the key; it is raised when the file is loaded.
    """
