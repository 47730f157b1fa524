using System.Text;

namespace Linli.Core.Common.Spreadsheets;

/// <summary>
/// Splits CSV text into records the way Excel does: commas separate fields, a field starting with a quote may hold
/// commas, line breaks and doubled quotes. It is forgiving rather than strict, because users hand-edit these
/// files: a quote in the middle of a field is kept as text. It counts physical lines so each record knows where
/// it starts.
/// </summary>
internal sealed class CsvRecordParser(TextReader reader)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _field = new();
    private int _length;
    private int _position;
    private int _line = 1;

    /// <summary>The next record and the line it starts on, or null at the end of the input.</summary>
    public (int FirstLine, List<string> Fields)? ReadRecord()
    {
        if (Peek() < 0)
        {
            return null;
        }

        var firstLine = _line;
        var fields = new List<string>();
        bool recordEnded;
        do
        {
            recordEnded = ReadField();
            fields.Add(_field.ToString());
        }
        while (!recordEnded);

        return (firstLine, fields);
    }

    /// <summary>Reads one field into the builder; true when the record ends after it.</summary>
    private bool ReadField()
    {
        _field.Clear();
        if (Peek() == '"')
        {
            Next();
            ReadQuotedPart();
        }

        while (true)
        {
            var c = Next();
            switch (c)
            {
                case -1:
                    return true;
                case ',':
                    return false;
                case '\r' or '\n':
                    ConsumeLineBreak(c);
                    return true;
                default:
                    _field.Append((char)c);
                    break;
            }
        }
    }

    private void ReadQuotedPart()
    {
        while (Next() is var c and >= 0)
        {
            if (c == '"')
            {
                if (Peek() != '"')
                {
                    return;
                }

                Next();
            }
            else if (c is '\r' or '\n')
            {
                // Line breaks inside quotes belong to the cell but still move the physical line on.
                _field.Append((char)c);
                if (c == '\r' && Peek() == '\n')
                {
                    _field.Append((char)Next());
                }

                _line++;
                continue;
            }

            _field.Append((char)c);
        }
    }

    private void ConsumeLineBreak(int first)
    {
        if (first == '\r' && Peek() == '\n')
        {
            Next();
        }

        _line++;
    }

    private int Peek()
    {
        if (_position == _length)
        {
            _length = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
        }

        return _length == 0 ? -1 : _buffer[_position];
    }

    private int Next()
    {
        var c = Peek();
        if (c >= 0)
        {
            _position++;
        }

        return c;
    }
}
