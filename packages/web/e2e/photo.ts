// A real (tiny) PNG photo for upload steps: the server sniffs the bytes, so
// it must be a genuine image.
export const PHOTO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

export const photoFile = (name: string) => ({ name, mimeType: 'image/png', buffer: PHOTO_PNG });
