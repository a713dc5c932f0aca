using SkiaSharp;

/// <summary>Draws the same badge as <see cref="SvgWriter"/> into a 512 × 512 PNG with SkiaSharp and the system's DejaVu Sans.</summary>
internal static class PngWriter
{
    public static byte[] Write(BadgeDesign design, SKTypeface bold, SKTypeface regular)
    {
        var info = new SKImageInfo(BadgeDesign.Size, BadgeDesign.Size, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);

        using var fill = new SKPaint { IsAntialias = true, Color = SKColors.White };
        canvas.DrawCircle(256, 256, 248, fill);
        fill.Color = SKColor.Parse(design.Color);
        canvas.DrawCircle(256, 256, 236, fill);

        using var ring = new SKPaint { IsAntialias = true, Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = 6 };
        canvas.DrawCircle(256, 256, 206, ring);

        fill.Color = SKColors.White;
        foreach (var (x, y) in design.MarkCentres())
        {
            using var star = new SKPath();
            var points = BadgeDesign.StarPoints(x, y).ToList();
            star.MoveTo(points[0].X, points[0].Y);
            foreach (var point in points.Skip(1))
            {
                star.LineTo(point.X, point.Y);
            }

            star.Close();
            canvas.DrawPath(star, fill);
        }

        using var nameFont = new SKFont(bold, 38);
        var lineHeight = 44;
        var firstY = 270 - (design.NameLines.Count - 1) * lineHeight / 2;
        for (var index = 0; index < design.NameLines.Count; index++)
        {
            canvas.DrawText(design.NameLines[index], 256, firstY + index * lineHeight, SKTextAlign.Center, nameFont, fill);
        }

        if (design.LevelName.Length > 0)
        {
            using var levelFont = new SKFont(regular, 30);
            canvas.DrawText(design.LevelName, 256, 400, SKTextAlign.Center, levelFont, fill);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
