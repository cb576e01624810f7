using Nop.Core.Domain.Media;

namespace Nop.Services.Media;

public partial interface IPictureService
{
    Task<byte[]> LoadPictureBinaryAsync(Picture picture);
    Task<Picture> GetPictureByIdAsync(int pictureId);
    Task<byte[]> ConvertSvgToPngAsync(Stream stream);
}
